/** The browser half of a receipt code: reading what it opens, and withdrawing it (cross-origin, no cookies). */
import type { OrderStatusView } from '../../contract/orderStatus.ts'
import type { ReceiptView } from '../../contract/receiptView.ts'
import { readErrors } from './send.ts'

/** What GET /api/participation/receipts/<code> answers, and an order's part of it (type-only: the bundle takes no code from contract/). */
export type ReceiptDetails = ReceiptView
export type OrderDetails = OrderStatusView

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
