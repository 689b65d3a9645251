/**
 * 居民参与: what the site's forms and the admin's participation API agree on — the path
 * prefix, the request bodies (zod, with the Chinese messages a resident sees), the
 * receipt code's shape and the retention periods. The forms post here cross-origin; the
 * admin checks the same schemas again (cms/participation/).
 */
import { z } from 'zod'

import { normalizeCode } from './codes.ts'
import { ELECTION_LIMITS, VOTE_CODE_LENGTH, VOTE_REFUSALS } from './elections.ts'
import { GOOD_DEEDS, HONOUR_KINDS } from './vocabulary.ts'

export { formatReceipt, normalizeCode, normalizeReceipt, RECEIPT_ALPHABET } from './codes.ts'
export type { ReceiptView } from './receiptView.ts'

/** The only public write path of the admin: a deployment may expose this prefix alone. */
export const PARTICIPATION_PREFIX = '/api/participation'

/** Each form has its own challenges and flood brake. */
export const PARTICIPATION_FORMS = ['messages', 'nominations', 'surveys', 'votes', 'events', 'services'] as const
export type ParticipationForm = (typeof PARTICIPATION_FORMS)[number]
export const isParticipationForm = (value: unknown): value is ParticipationForm =>
  (PARTICIPATION_FORMS as readonly unknown[]).includes(value)

/** The device token a form keeps in localStorage and sends with each submission (only its keyed hash is stored). */
export const DEVICE_HEADER = 'x-device-token'
export const DEVICE_TOKEN = /^[A-Za-z0-9_-]{22,64}$/

/** The hidden field people never see and bots fill in. */
export const HONEYPOT_FIELD = 'website'

/** The version of the 个人信息告知 a sender agreed to; a changed notice gets a new version. */
export const NOTICE_VERSION = '2026-11-30'

/** 留言的类别. */
export const MESSAGE_KINDS = [
  { value: 'consult', label: '咨询' },
  { value: 'suggestion', label: '建议' },
  { value: 'problem', label: '反映问题' },
  { value: 'praise', label: '表扬' },
] as const
export type MessageKind = (typeof MESSAGE_KINDS)[number]['value']

export const MESSAGE_STATUSES = [
  { value: 'received', label: '已受理' },
  { value: 'replied', label: '已答复' },
  { value: 'closed', label: '已办结' },
] as const
export type MessageStatus = (typeof MESSAGE_STATUSES)[number]['value']

export const MESSAGE_LIMITS = { subject: 40, body: 2000, contactName: 20, contactPhone: 20 } as const

/** How long residents' data is kept (days). Contacts go first; a purge keeps nothing of them. */
export const RETENTION_DAYS = {
  /** A contact after its item is closed… */
  contactAfterClose: 90,
  /** …and at most this long after it was given, closed or not. */
  contactAtMost: 180,
  /** A message after it is closed… */
  messageAfterClose: 365,
  /** …and at most this long after it was received. */
  messageAtMost: 730,
  /** A nomination (and its photos) after it is decided; an adopted one lives on as a reviewed 人物 draft. */
  nominationAfterDecision: 180,
  /** …and at most this long after it was received. */
  nominationAtMost: 365,
  /** An event sign-up's contact and codes after the event ended (volunteer hours exported by then); its state stays for the counts. */
  eventSignupAfterEnd: 180,
  /** A 课单 order's personal data (for whom, where, notes, contact) after it is closed; the order stays, anonymous, for the 台账… */
  orderPersonalAfterClose: 180,
  /** …and at most this long after it was received. */
  orderPersonalAtMost: 365,
} as const

/** Text as the resident wrote it (Chinese punctuation kept), only the surrounding spaces trimmed. */
const typed = (max: number, tooLong: string) =>
  z
    .string({ error: '应为文字' })
    .transform((value) => value.trim())
    .pipe(z.string().max(max, { error: tooLong }))

/** A phone number: full-width digits (as a Chinese input method types them) read as ASCII. */
const phone = z
  .string({ error: '联系电话不正确' })
  .transform((value) => value.normalize('NFKC').trim())
  .pipe(z.string().regex(/^$|^[0-9+\-() ]{5,20}$/, { error: '联系电话只能包含数字，例如 13812345678 或 0351-1234567' }))

/** What every form sends besides its own fields: the sender's optional contact, consent, the solved challenge, the honeypot. */
export const SENDER = {
  contactName: typed(MESSAGE_LIMITS.contactName, `称呼不超过 ${MESSAGE_LIMITS.contactName} 个字`).optional(),
  contactPhone: phone.optional(),
  consent: z.literal(NOTICE_VERSION, { error: '请先阅读个人信息告知并勾选“我已阅读并同意”' }),
  altcha: z.string({ error: '防机器人验证未完成，请稍候再提交' }).min(1, { error: '防机器人验证未完成，请稍候再提交' }).max(4096),
  [HONEYPOT_FIELD]: z.string().max(200).optional(),
}

/** The body of POST /api/participation/messages. */
export const MESSAGE_SUBMISSION = z.object({
  kind: z.enum(
    MESSAGE_KINDS.map(({ value }) => value),
    { error: '请选择留言类别（咨询、建议、反映问题或表扬）' },
  ),
  area: z.number({ error: '所在区域不正确' }).int().positive().optional(),
  subject: typed(MESSAGE_LIMITS.subject, `标题不超过 ${MESSAGE_LIMITS.subject} 个字`).optional(),
  body: typed(MESSAGE_LIMITS.body, `内容不超过 ${MESSAGE_LIMITS.body} 个字`).pipe(
    z.string().min(5, { error: '请写下留言内容（至少 5 个字）' }),
  ),
  keepPrivate: z.boolean({ error: '“不公开”应为是或否' }).default(false),
  ...SENDER,
})
export type MessageSubmission = z.output<typeof MESSAGE_SUBMISSION>

/** 好人推荐: who is recommended and why, with up to three photos. */
export const NOMINATION_LIMITS = { nominee: 20, storyMin: 20, story: 2000, photos: 3, photoBytes: 1_500_000 } as const

export const NOMINATION_STATUSES = [
  { value: 'received', label: '待审核' },
  { value: 'adopted', label: '已采纳' },
  { value: 'declined', label: '未采纳' },
] as const

/** The `data` part of POST /api/participation/nominations (multipart: `data` as JSON, photos as `photo`). */
export const NOMINATION_SUBMISSION = z.object({
  nominee: typed(NOMINATION_LIMITS.nominee, `被推荐人姓名不超过 ${NOMINATION_LIMITS.nominee} 个字`).pipe(
    z.string().min(1, { error: '请填写被推荐人的姓名' }),
  ),
  area: z.number({ error: '所在区域不正确' }).int().positive().optional(),
  honourKind: z
    .enum(
      HONOUR_KINDS.map(({ value }) => value),
      { error: '推荐类别不正确' },
    )
    .optional(),
  goodDeed: z
    .enum(
      GOOD_DEEDS.map(({ value }) => value),
      { error: '事迹类别不正确' },
    )
    .optional(),
  story: typed(NOMINATION_LIMITS.story, `事迹不超过 ${NOMINATION_LIMITS.story} 个字`).pipe(
    z.string().min(NOMINATION_LIMITS.storyMin, { error: `请写下被推荐人的事迹（至少 ${NOMINATION_LIMITS.storyMin} 个字）` }),
  ),
  ...SENDER,
})
export type NominationSubmission = z.output<typeof NOMINATION_SUBMISSION>

/** The answer to a submission: the receipt code, shown once. */
export interface SubmissionReceipt {
  receipt: string
  reference: string
  receivedAt: string
}

/** Errors come back as Payload's do: `{ errors: [{ message }] }`, in Chinese. */
export interface ParticipationError {
  errors: { message: string; field?: string }[]
}

/** Answers are anonymous: a survey asks for no contact (nothing to reply to), only consent and the solved challenge. */
const { contactName: _name, contactPhone: _phone, ...ANONYMOUS_SENDER } = SENDER

/** The body of POST /api/participation/surveys/:slug/responses. */
export const SURVEY_SUBMISSION = z.object({
  answers: z.record(z.string(), z.unknown(), { error: '没有收到答案，请刷新页面后重新填写' }),
  area: z.number({ error: '所在区域不正确' }).int().positive().optional(),
  ...ANONYMOUS_SENDER,
})
export type SurveySubmission = z.output<typeof SURVEY_SUBMISSION>

/** A typed 评选邀请码 (contract/elections.ts), read as forgivingly as a receipt code. */
export const normalizeVoteCode = (input: string): string | null => normalizeCode(input, VOTE_CODE_LENGTH)

/** The body of POST /api/participation/elections/:slug/ballots. */
export const BALLOT_SUBMISSION = z.object({
  code: z.string({ error: '请输入邀请码' }).max(40, { error: VOTE_REFUSALS.wrongCode }),
  choices: z
    .array(z.number({ error: '所选的候选人不正确' }).int().positive(), { error: '请选择候选人' })
    .min(1, { error: '请至少选择一位候选人' })
    .max(ELECTION_LIMITS.candidatesMax, { error: '选择的人数太多' }),
  ...ANONYMOUS_SENDER,
})
export type BallotSubmission = z.output<typeof BALLOT_SUBMISSION>

/** 入户代填: the site's installable page for community workers, opened with `#token=…` from the admin's QR code. */
export const FIELD_PAGE = '/field/'

/** One answer sheet as the 代填 page queues it on the phone and syncs it. */
export interface FieldItem {
  /** Made on the phone (a UUID): a retried sync is recognised by it. */
  clientId: string
  survey: string
  household: string
  channel: 'proxy' | 'paper'
  /** When it was filled in at the door (ISO). */
  filledAt: string
  answers: Record<string, unknown>
}
export type FieldItemResult =
  | { clientId: string; status: 'accepted' | 'duplicate'; reference: string }
  | { clientId: string; status: 'refused'; code: number; message: string }
export const FIELD_SYNC_LIMIT = 50
