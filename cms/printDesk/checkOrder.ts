/**
 * What a print order may hold, decided on the server whatever the request says: published
 * items only (read with the orderer's own access), products that exist for them, whole
 * numbers of copies (１２０, 一百二十 and 1,200 read as numbers). Names, addresses and
 * versions come from the published documents; who ordered, from the session.
 */
import { rm } from 'node:fs/promises'
import type { CollectionAfterDeleteHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { config } from '../../contract/config'
import { printPackFile } from '../../contract/paths'
import { copiesOf, ORDER_COLLECTIONS, ORDER_PRODUCT_LABELS, ORDER_PRODUCTS, type OrderCollection } from '../../contract/print'
import { refuse } from '../common/refuse'

/** Per order, and how many of a person's orders may wait or be made at once (the print service works one at a time). */
export const ORDER_LIMITS = { items: 200, copies: 100_000, note: 500, open: 3 }

interface OrderItem {
  collection: OrderCollection
  doc: number
  product: string
  quantity: number
  cmyk: boolean
  name: string
  slug: string
  version: string
}

async function publishedDoc(req: PayloadRequest, collection: OrderCollection, id: number) {
  const found = await req.payload.find({
    collection,
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    draft: false,
    depth: 0,
    limit: 1,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return found.docs[0] as { slug?: string | null; updatedAt: string; name?: string; title?: string } | undefined
}

async function checkItem(req: PayloadRequest, item: Record<string, unknown>, position: number): Promise<OrderItem> {
  const at = `第 ${position} 项`
  const collection = item?.collection as OrderCollection
  if (!ORDER_COLLECTIONS.includes(collection)) throw refuse(`${at}：没有这类内容（${String(item?.collection)}）。`)
  const product = String(item.product ?? '')
  if (!ORDER_PRODUCTS[collection].includes(product as never))
    throw refuse(
      `${at}：这类内容没有“${product}”这种印刷品，可选：${ORDER_PRODUCTS[collection].map((p) => ORDER_PRODUCT_LABELS[p]).join('、')}。`,
    )
  const quantity = copiesOf(item.quantity)
  if (quantity === null || quantity < 1 || quantity > ORDER_LIMITS.copies)
    throw refuse(`${at}：数量要写 1 到 ${ORDER_LIMITS.copies} 之间的整数（现在是“${String(item.quantity ?? '')}”）。`)
  const id = Number(item.doc)
  const doc = Number.isInteger(id) && id > 0 ? await publishedDoc(req, collection, id) : undefined
  if (!doc) throw refuse(`${at}：找不到这份已发布的内容。只有已发布的内容可以印刷；草稿请先用“打印预览”看样稿。`)
  return {
    collection,
    doc: id,
    product,
    quantity,
    cmyk: item.cmyk !== false,
    name: doc.name ?? doc.title ?? '',
    slug: doc.slug ?? String(id),
    version: doc.updatedAt,
  }
}

/**
 * On create, before Payload reads the fields (it would turn "１２０" into NaN): the order as
 * the server checked it; everything else about it starts fresh.
 */
export const checkOrder: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  // Without a session the access check that follows refuses it (403); nothing is read for it.
  if (operation !== 'create' || !req.user) return args
  const data = (args.data ?? {}) as Record<string, unknown>
  const raw = Array.isArray(data.items) ? (data.items as Record<string, unknown>[]) : []
  if (raw.length === 0) throw refuse('印刷包里还没有内容：请至少选一项。')
  if (raw.length > ORDER_LIMITS.items) throw refuse(`一个印刷包最多 ${ORDER_LIMITS.items} 项，请分几次下单。`)
  const open = await req.payload.count({
    collection: 'print-orders',
    where: { and: [{ orderedBy: { equals: req.user.id } }, { status: { in: ['queued', 'running'] } }] },
    overrideAccess: true,
    req,
  })
  if (open.totalDocs >= ORDER_LIMITS.open) throw refuse(`你已有 ${open.totalDocs} 个印刷包正在排队或生成，请等它们完成后再下新单。`, 429)
  const items: OrderItem[] = []
  for (const [index, item] of raw.entries()) {
    const checked = await checkItem(req, item, index + 1)
    // The same file twice is one file with the copies added up.
    const same = items.find(
      (other) =>
        other.collection === checked.collection &&
        other.doc === checked.doc &&
        other.product === checked.product &&
        other.cmyk === checked.cmyk,
    )
    if (!same) items.push(checked)
    else if (same.quantity + checked.quantity > ORDER_LIMITS.copies)
      throw refuse(`第 ${index + 1} 项：同一文件合计超过 ${ORDER_LIMITS.copies} 份。`)
    else same.quantity += checked.quantity
  }
  const names = [...new Set(items.map((item) => item.name))]
  const note = typeof data.note === 'string' ? data.note.trim().slice(0, ORDER_LIMITS.note) : ''
  ;(args as { data: unknown }).data = {
    items,
    note: note || null,
    title: `${names.slice(0, 2).join('、')}${names.length > 2 ? ` 等 ${names.length} 项` : ''}`,
    orderedBy: req.user.id,
    orderedByName: (req.user as { name?: string }).name || req.user.email,
    status: 'queued',
    done: 0,
    // Every product file, and the 印制单.
    total: items.length + 1,
    heartbeat: null,
    bytes: null,
    error: null,
    finishedAt: null,
  }
  return args
}

/** A deleted order takes its ZIP with it. */
export const forgetPack: CollectionAfterDeleteHook = async ({ id }) => {
  await rm(printPackFile(Number(id), config().dataDir), { force: true })
}
