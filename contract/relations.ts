/** A relationship's value as Payload gives it — an id, or the document at depth > 0 — as its id; null when unset. */
export function relationId(value: unknown): number | null {
  if (typeof value === 'number') return value
  if (typeof value === 'object' && value !== null && 'id' in value) return Number((value as { id: unknown }).id)
  return null
}
