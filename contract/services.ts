/**
 * 文明课单: what the menu (课单), the residents' order form (点单), the staff chain (审单 → 派单
 * → 接单 → 结项) and the order's status page agree on — the kinds of service, the order's
 * states with the four labels a resident sees, the request bodies (zod, with the Chinese
 * messages a resident reads) and the status page's shape.
 */
import { z } from 'zod'

import { SENDER } from './participation.ts'

export type { OrderStatusView } from './orderStatus.ts'

/** 课单的类别. */
export const SERVICE_KINDS = [
  { value: 'lecture', label: '讲座' },
  { value: 'training', label: '培训' },
  { value: 'clinic', label: '义诊' },
  { value: 'performance', label: '文艺' },
  { value: 'volunteer', label: '志愿服务' },
  { value: 'other', label: '其他' },
] as const
export type ServiceKind = (typeof SERVICE_KINDS)[number]['value']

/**
 * An order's states as staff handle them. A resident sees only the public label: the
 * peers' 审核中 / 服务中 / 已完成 / 已拒绝, and 已取消. A team that declines sends the order back
 * to 待派单, so the station can dispatch it again (重新派单).
 */
export const ORDER_STATES = [
  { value: 'submitted', label: '待审单', public: '审核中' },
  { value: 'approved', label: '待派单', public: '审核中' },
  { value: 'dispatched', label: '待接单', public: '审核中' },
  { value: 'accepted', label: '服务中', public: '服务中' },
  { value: 'completed', label: '已完成', public: '已完成' },
  { value: 'refused', label: '已拒绝', public: '已拒绝' },
  { value: 'cancelled', label: '已取消', public: '已取消' },
] as const
export type OrderState = (typeof ORDER_STATES)[number]['value']

/** The states in which an order still waits for someone: they have deadlines and can be cancelled. */
export const OPEN_ORDER_STATES = ['submitted', 'approved', 'dispatched', 'accepted'] as const satisfies readonly OrderState[]

/** Every step an order can take; each is recorded with who, when and why. */
export const ORDER_ACTIONS = [
  { value: 'submit', label: '点单' },
  { value: 'approve', label: '审单通过' },
  { value: 'refuse', label: '审单未通过' },
  { value: 'dispatch', label: '派单' },
  { value: 'redispatch', label: '重新派单' },
  { value: 'accept', label: '接单' },
  { value: 'decline', label: '不接单（退回）' },
  { value: 'cancel', label: '取消' },
  { value: 'complete', label: '结项' },
] as const
export type OrderAction = (typeof ORDER_ACTIONS)[number]['value']
/** The actions staff take through POST /api/service-orders/:id/step (结项 goes with its report). */
export type StaffAction = Exclude<OrderAction, 'submit' | 'complete'>

/** Who took a step, as the resident's status page names them: a role and a place, never a person. */
export const ORDER_ACTORS = [
  { value: 'resident', label: '居民' },
  { value: 'worker', label: '社区工作者代点单' },
  { value: 'station', label: '阵地工作人员' },
  { value: 'office', label: '区文明实践中心' },
  { value: 'team', label: '志愿服务队' },
] as const
export type OrderActor = (typeof ORDER_ACTORS)[number]['value']

/** Working days each waiting state may last before it is overdue (reminders start a working day before). */
export const ORDER_DEADLINES = { submitted: 2, approved: 1, dispatched: 1 } as const satisfies Partial<Record<OrderState, number>>

export const ORDER_LIMITS = { group: 60, household: 20, venue: 80, note: 300, reason: 200, comment: 300, people: 500 } as const

/** Text as the resident wrote it, only the surrounding spaces trimmed. */
const typed = (max: number, tooLong: string) =>
  z
    .string({ error: '应为文字' })
    .transform((value) => value.trim())
    .pipe(z.string().max(max, { error: tooLong }))

/** A number however a phone's input method typed it (full-width digits too). */
const count = (message: string) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() !== '' ? Number(value.normalize('NFKC').trim()) : value),
    z.number({ error: message }).int({ error: message }),
  )

/** What an order says, however it is sent. */
const ORDER_FIELDS = {
  item: count('请选择要预约的课单').pipe(z.number().positive({ error: '请选择要预约的课单' })),
  group: typed(ORDER_LIMITS.group, `服务对象不超过 ${ORDER_LIMITS.group} 个字`).optional(),
  household: typed(ORDER_LIMITS.household, '户码不正确').optional(),
  people: count('人数应为整数').pipe(
    z
      .number()
      .min(1, { error: '人数至少为 1' })
      .max(ORDER_LIMITS.people, { error: `人数不超过 ${ORDER_LIMITS.people}` }),
  ),
  wantedAt: z.iso.datetime({ offset: true, error: '请选择希望服务的日期和时间' }),
  venue: typed(ORDER_LIMITS.venue, `服务地点不超过 ${ORDER_LIMITS.venue} 个字`).pipe(
    z.string().min(2, { error: '请填写服务地点（例如：金刚里社区活动室）' }),
  ),
  note: typed(ORDER_LIMITS.note, `补充说明不超过 ${ORDER_LIMITS.note} 个字`).optional(),
}
const FOR_WHOM = {
  error: '请填写服务对象（例如：金刚里社区老年人）或户码',
  path: ['group'],
}
const forSomeone = (order: { group?: string; household?: string }) => Boolean(order.group || order.household)

/** The body of POST /api/participation/services/orders. */
export const ORDER_SUBMISSION = z.object({ ...ORDER_FIELDS, ...SENDER }).refine(forSomeone, FOR_WHOM)

/** The body of POST /api/service-orders/on-behalf: a signed-in community worker types an order in for a resident who agreed. */
const { altcha: _altcha, website: _website, ...IN_PERSON } = SENDER
export const ORDER_ON_BEHALF = z.object({ ...ORDER_FIELDS, ...IN_PERSON }).refine(forSomeone, FOR_WHOM)
export type OrderSubmission = z.output<typeof ORDER_SUBMISSION>

const receiptCode = z.string({ error: '请输入回执码' }).max(40, { error: '回执码不正确' })

/** POST /api/participation/services/orders/cancel: the resident cancels by the order's receipt code. */
export const ORDER_CANCEL = z.object({
  code: receiptCode,
  reason: typed(ORDER_LIMITS.reason, `原因不超过 ${ORDER_LIMITS.reason} 个字`).optional(),
})

/** POST /api/participation/services/orders/rate: 评单, only after 已完成, shown only once staff approve it. */
export const ORDER_RATING = z.object({
  code: receiptCode,
  score: count('请选择 1 到 5 分').pipe(z.number().min(1, { error: '请选择 1 到 5 分' }).max(5, { error: '请选择 1 到 5 分' })),
  comment: typed(ORDER_LIMITS.comment, `评价不超过 ${ORDER_LIMITS.comment} 个字`).optional(),
})

export const RATING_STATES = [
  { value: 'pending', label: '待审核' },
  { value: 'approved', label: '已公开' },
  { value: 'refused', label: '未通过' },
] as const
