/** The browser half of a receipt code: reading what it opens, and withdrawing it (cross-origin, no cookies). */
import { readErrors } from './send.ts'

/** 文明课单: what the order's status page shows (contract OrderStatusView). */
export interface OrderDetails {
  item: string
  kind: string
  place: string
  state: string
  wantedAt: string
  people: number
  steps: { action: string; at: string; by: string; reason: string | null }[]
  canCancel: boolean
  canRate: boolean
  rating: { score: number; comment: string | null; state: string } | null
}

/** As GET /api/participation/receipts/<code> answers (contract ReceiptView; the bundle does not import contract/). */
export interface ReceiptDetails {
  /** 留言, 好人推荐, 问卷答卷, 活动报名 or 课单. */
  form: 'messages' | 'nominations' | 'surveys' | 'events' | 'services'
  reference: string
  kind: string
  subject: string | null
  body: string
  status: string
  receivedAt: string
  dueOn: string | null
  contact: { name: string | null; phone: string | null } | null
  reply: { text: string; department: string; repliedAt: string } | null
  /** 活动报名: 候补第几位, and whether a cancellation gave it a place. */
  event?: { state: string; position: number | null; promoted: boolean; time: string; place: string }
  order?: OrderDetails
}

type Answer<T> = ({ ok: true } & T) | { ok: false; message: string }

const NETWORK_ERROR = '网络连接失败，请检查网络后再试。'

async function call(url: string, method: 'GET' | 'DELETE'): Promise<{ status: number; body: unknown } | null> {
  try {
    const response = await fetch(url, { method, credentials: 'omit' })
    return { status: response.status, body: await response.json().catch(() => null) }
  } catch {
    return null
  }
}

const addressOf = (base: string, code: string) => `${base}/${encodeURIComponent(code.trim())}`

export async function readReceipt(base: string, code: string): Promise<Answer<{ details: ReceiptDetails }>> {
  if (!code.trim()) return { ok: false, message: '请填写回执码。' }
  const answer = await call(addressOf(base, code), 'GET')
  if (!answer) return { ok: false, message: NETWORK_ERROR }
  if (answer.status === 200) return { ok: true, details: answer.body as ReceiptDetails }
  return { ok: false, message: readErrors(answer.body, answer.status)[0]?.message ?? '' }
}

export async function withdrawReceipt(base: string, code: string): Promise<Answer<object>> {
  const answer = await call(addressOf(base, code), 'DELETE')
  if (!answer) return { ok: false, message: NETWORK_ERROR }
  if (answer.status === 200) return { ok: true }
  return { ok: false, message: readErrors(answer.body, answer.status)[0]?.message ?? '' }
}

/** 课单: cancel or rate by the receipt code (POST, the code in the body); the order as it now stands. */
export async function orderAction(
  receiptsUrl: string,
  action: 'cancel' | 'rate',
  body: Record<string, unknown>,
): Promise<Answer<{ order: OrderDetails }>> {
  const url = `${receiptsUrl.replace(/\/receipts\/?$/, '')}/services/orders/${action}`
  let answer: { status: number; body: unknown }
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'omit',
    })
    answer = { status: response.status, body: await response.json().catch(() => null) }
  } catch {
    return { ok: false, message: NETWORK_ERROR }
  }
  if (answer.status === 200 || answer.status === 201) return { ok: true, order: answer.body as OrderDetails }
  return { ok: false, message: readErrors(answer.body, answer.status)[0]?.message ?? '' }
}
