/**
 * What an order's receipt code shows (the receipt page): states and steps by role, never a
 * person's name. Kept apart from contract/services.ts so the site's islands can read it without zod.
 */
export interface OrderStatusView {
  item: string
  kind: string
  place: string
  /** The public label: 审核中, 服务中, 已完成, 已拒绝 or 已取消. */
  state: string
  wantedAt: string
  people: number
  steps: { action: string; at: string; by: string; reason: string | null }[]
  canCancel: boolean
  canRate: boolean
  rating: { score: number; comment: string | null; state: string } | null
}
