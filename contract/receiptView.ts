/** What a receipt code opens, as the API answers it; apart from the schemas so the site's islands can name it without zod. */
import type { OrderStatusView } from './orderStatus.ts'

/** What a receipt code shows its holder (GET /api/participation/receipts/:code). */
export interface ReceiptView {
  form: 'messages' | 'nominations' | 'surveys' | 'events' | 'services'
  reference: string
  kind: string
  subject: string | null
  body: string
  keepPrivate: boolean
  status: string
  receivedAt: string
  /** 答复期限, a Beijing date. */
  dueOn: string | null
  contact: { name: string | null; phone: string | null } | null
  /** Shown once staff have answered (已答复 or 已办结). */
  reply: { text: string; department: string; repliedAt: string } | null
  /** An event sign-up's standing: 候补第几位, and whether a cancellation gave it a place (contract/events.ts). */
  event?: { state: string; position: number | null; promoted: boolean; time: string; place: string }
  /** 文明课单: the order's state, steps, and whether it can be cancelled or rated (contract/services.ts). */
  order?: OrderStatusView
}
