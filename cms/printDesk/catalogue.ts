/** What the print desk offers: every published item that has print products, with its area; a person's orders, and what has changed since them. */
import type { Payload } from 'payload'

import type { PrintOrder, User } from '../../contract/payload-types'
import { ORDER_COLLECTIONS, type OrderCollection } from '../../contract/print'

export interface DeskItem {
  collection: OrderCollection
  id: number
  name: string
  area: number | null
  /** When the published version was published (an order keeps the one it printed). */
  updatedAt: string
}

export interface DeskArea {
  id: number
  name: string
}

const key = (collection: string, id: number) => `${collection}:${id}`

export async function deskCatalogue(payload: Payload): Promise<{ items: DeskItem[]; areas: DeskArea[] }> {
  const lists = await Promise.all(
    ORDER_COLLECTIONS.map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        where: { _status: { equals: 'published' } },
        draft: false,
        depth: 0,
        pagination: false,
        sort: '-updatedAt',
        // Only what the desk lists: not every story in full.
        select: collection === 'handbooks' ? { title: true, area: true, updatedAt: true } : { name: true, area: true, updatedAt: true },
        overrideAccess: true,
      })
      return docs.map((doc) => {
        const record = doc as unknown as {
          id: number
          name?: string
          title?: string
          area?: number | { id: number } | null
          updatedAt: string
        }
        const area = typeof record.area === 'object' && record.area ? record.area.id : (record.area ?? null)
        return { collection, id: record.id, name: record.name ?? record.title ?? '', area, updatedAt: record.updatedAt }
      })
    }),
  )
  const { docs } = await payload.find({ collection: 'areas', depth: 0, pagination: false, sort: 'name', overrideAccess: true })
  return { items: lists.flat(), areas: docs.map((area) => ({ id: area.id, name: area.name })) }
}

/** Per ordered item: null when it is still the published version; else why it needs reprinting. */
export function reprintNotes(
  items: { collection: string; doc: number; version?: string | null }[],
  catalogue: DeskItem[],
): (string | null)[] {
  const current = new Map(catalogue.map((item) => [key(item.collection, item.id), item.updatedAt]))
  return items.map((item) => {
    const now = current.get(key(item.collection, item.doc))
    if (!now) return '已下线，不要再张贴'
    return item.version && Date.parse(now) > Date.parse(item.version) ? '已更新，需重印' : null
  })
}

/** A person's own orders, newest first, read with their own access. */
export async function ownOrders(payload: Payload, user: User, limit: number): Promise<PrintOrder[]> {
  const { docs } = await payload.find({
    collection: 'print-orders',
    where: { orderedBy: { equals: user.id } },
    sort: '-createdAt',
    limit,
    depth: 0,
    overrideAccess: false,
    user,
  })
  return docs
}
