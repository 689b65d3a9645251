/**
 * Staff names as the admin shows them on documents (作者, 操作人). Staff cannot read each
 * other's accounts (emails stay private), so a relationship to a user read with the
 * viewer's access came out as "无标题 - ID: 2"; the name alone is looked up here.
 */
import type { Payload } from 'payload'

type Ref = number | string | { id?: number | string; name?: string | null } | null | undefined

/** The names of these users, by id; an unknown id has no entry. */
export async function userNames(payload: Payload, refs: Ref[]): Promise<Map<string, string>> {
  const ids = [
    ...new Set(
      refs
        .map((ref) => (typeof ref === 'object' ? ref?.id : ref))
        .filter((id) => id != null)
        .map(String),
    ),
  ]
  if (ids.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    select: { name: true },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
  })
  return new Map(docs.map((doc) => [String(doc.id), doc.name]))
}

/** One user's name, or 已删除的账号 when the account is gone, or '' for none. */
export async function userName(payload: Payload, ref: Ref): Promise<string> {
  if (ref == null || ref === '') return ''
  const id = typeof ref === 'object' ? ref.id : ref
  return (await userNames(payload, [ref])).get(String(id)) ?? '已删除的账号'
}
