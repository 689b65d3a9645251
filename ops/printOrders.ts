/**
 * 印刷包 in the background, run by the print service (ops/preview.ts, part of `npm start`):
 * takes the oldest order waiting (one service at a time per order: `for update skip
 * locked`; an order whose service died is taken again after two minutes), prints each
 * product from what is published now — never a draft — converts the ones chosen to CMYK
 * PDF/X, adds the 印制单, and writes one ZIP to DATA_DIR/print-orders, telling the order
 * its progress after every file.
 */
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'

import { Zip, ZipPassThrough } from 'fflate'
import type { Payload } from 'payload'
import { isDatabaseUnavailable } from '../cms/hooks/databaseUnavailable.ts'
import { config } from '../contract/config.ts'
import { printOrdersDir, printPackFile } from '../contract/paths.ts'
import type { PrintOrder } from '../contract/payload-types.ts'
import {
  downloadName,
  fileSafe,
  HANDBOOK_PAPER,
  OFFICE_PRINTER_NOTE,
  ORDER_PRODUCT_LABELS,
  PACK_KEPT_DAYS,
  PRINT_SHOP_NOTES,
  SUBJECT_PRODUCTS,
} from '../contract/print.ts'
import { shortDateTime } from '../contract/time.ts'
import { publicContent } from '../site/model/publicContent.ts'
import type { PublicContent } from '../site/model/types.ts'
import { toPdfX } from '../site/print/cmyk.ts'
import type { Printer } from '../site/print/index.ts'
import { type OrderSheetLine, orderSheetJob } from '../site/print/layouts/orderSheet.tsx'
import { waitForDatabase } from './database.ts'
import { PreviewError, published } from './previewSource.ts'
import { type PieceCollection, printPiece } from './printPiece.ts'

const POLL_MS = 2_000
/** An order running without a sign of life this long was left by a service that died: taken again. */
const STALE_MS = 120_000
/** ZIP files are written without ZIP64: well under 4 GB. */
const MAX_PACK_BYTES = 3 * 1024 ** 3

type Item = NonNullable<PrintOrder['items']>[number]
type Pool = { query(sql: string, values: unknown[]): Promise<{ rows: { id: number }[] }> }

/** The oldest order waiting (or abandoned), now this service's. */
async function claim(payload: Payload): Promise<number | null> {
  const pool = (payload.db as unknown as { pool: Pool }).pool
  const { rows } = await pool.query(
    `update print_orders set status = 'running', heartbeat = now(), done = 0, error = null
      where id = (select id from print_orders
                   where status = 'queued' or (status = 'running' and (heartbeat is null or heartbeat < now() - $1::interval))
                   order by created_at limit 1 for update skip locked)
      returning id`,
    [`${STALE_MS / 1000} seconds`],
  )
  return rows[0]?.id ?? null
}

const tell = (payload: Payload, id: number, data: Partial<PrintOrder>) =>
  payload.update({ collection: 'print-orders', id, data: { ...data, heartbeat: new Date().toISOString() }, overrideAccess: true, depth: 0 })

function paperOf(content: PublicContent, item: Item, pages: number): string {
  if (item.product === 'handbook') {
    const handbook = content.handbooks.find((candidate) => candidate.id === item.doc)
    return `${handbook ? HANDBOOK_PAPER[handbook.trim] : ''}，共 ${pages} 页`
  }
  return SUBJECT_PRODUCTS.find((product) => product.id === item.product)?.paper ?? ''
}

function fileName(position: number, title: string, item: Item): string {
  const info = SUBJECT_PRODUCTS.find((product) => product.id === item.product)
  const base = info ? downloadName(title, info) : `${fileSafe(title, 40) || '手册'}-手册.pdf`
  return `${String(position).padStart(2, '0')}-${item.cmyk ? base.replace(/\.pdf$/, '-CMYK.pdf') : base}`
}

/** Prints every item into `add`, telling the order after each; the 印制单's lines. */
async function printItems(payload: Payload, printer: Printer, order: PrintOrder, add: (name: string, bytes: Uint8Array) => void) {
  const content = publicContent(await published())
  const lines: OrderSheetLine[] = []
  // The version each item was printed from: what 已更新，需重印 is measured against.
  const printed: Item[] = []
  for (const [index, item] of (order.items ?? []).entries()) {
    const target = { collection: item.collection as PieceCollection, id: item.doc, product: item.product }
    const piece = await printPiece(printer, content, target).catch((error: unknown) => {
      if (error instanceof PreviewError && error.status === 404)
        throw new Error(`第 ${index + 1} 项《${item.name}》已经下线，不能再印刷；请去掉它重新下单。`)
      throw error
    })
    const file = fileName(index + 1, piece.title, item)
    add(`印刷文件/${file}`, item.cmyk ? await toPdfX(piece.pdf, piece.title) : piece.pdf)
    const product = `${ORDER_PRODUCT_LABELS[item.product]}${item.cmyk ? '（CMYK 印刷版）' : '（普通版）'}`
    lines.push({
      product,
      paper: paperOf(content, item, piece.pages),
      name: piece.title,
      quantity: item.quantity,
      file,
      version: shortDateTime(piece.version),
    })
    printed.push({ ...item, version: piece.version })
    await tell(payload, order.id, { done: index + 1 })
  }
  return { lines, printed, site: content.settings }
}

async function makePack(payload: Payload, printer: Printer, id: number): Promise<{ bytes: number; total: number; printed: Item[] }> {
  const order = (await payload.findByID({ collection: 'print-orders', id, depth: 0, overrideAccess: true })) as PrintOrder
  const dataDir = config().dataDir
  await mkdir(printOrdersDir(dataDir), { recursive: true })
  const partial = `${printPackFile(id, dataDir)}.partial-${process.pid}`
  const out = createWriteStream(partial)
  // A write that fails (a full disk) fails this order, never the service: the error is awaited below.
  const written = once(out, 'finish')
  written.catch(() => undefined)
  const zip = new Zip((error, chunk, final) => {
    if (error) out.destroy(error)
    else out.write(chunk)
    if (final) out.end()
  })
  // PDFs are compressed already: stored as they are.
  const add = (name: string, bytes: Uint8Array) => {
    if (out.bytesWritten + bytes.length > MAX_PACK_BYTES) throw new Error(`印刷包超过 ${MAX_PACK_BYTES / 1024 ** 3} GB，请分几次下单。`)
    const entry = new ZipPassThrough(name)
    zip.add(entry)
    entry.push(bytes, true)
  }
  try {
    const { lines, printed, site } = await printItems(payload, printer, order, add)
    const products = [...new Set((order.items ?? []).map((item) => item.product))]
    const notes = [...products.map((product) => `${ORDER_PRODUCT_LABELS[product]}：${PRINT_SHOP_NOTES[product]}`), OFFICE_PRINTER_NOTE]
    const sheet = {
      number: id,
      orderedBy: order.orderedByName ?? '',
      orderedAt: shortDateTime(order.createdAt),
      note: order.note ?? null,
      lines,
      notes,
    }
    add('印制单.pdf', (await printer.print(orderSheetJob(sheet, site))).pdf)
    zip.end()
    await written
    await rename(partial, printPackFile(id, dataDir))
    return { bytes: out.bytesWritten, total: order.total ?? 0, printed }
  } catch (error) {
    out.destroy()
    await rm(partial, { force: true })
    throw error
  }
}

/** The database gone: said once, then waited out (waitForDatabase says how long every 30 s); any other error waits a little. */
async function outage(error: Error, stopping: () => boolean): Promise<void> {
  if (!isDatabaseUnavailable(error)) {
    console.error(`印刷包：读取订单失败：${error.message.split('\n')[0]}`)
    await new Promise((resolve) => setTimeout(resolve, 10 * POLL_MS))
    return
  }
  console.error('印刷包：数据库暂时连不上，恢复后继续生成')
  await waitForDatabase(config().databaseUrl ?? '', (line) => console.log(`印刷包：${line}`), stopping).catch(() => undefined)
}

/** Takes orders until `stopping`; never throws (a failed order is marked failed with its reason). */
export async function runPrintOrders(payload: Payload, printer: Printer, stopping: () => boolean): Promise<void> {
  while (!stopping()) {
    let id: number | null
    try {
      id = await claim(payload)
    } catch (error) {
      await outage(error as Error, stopping)
      continue
    }
    if (id === null) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS))
      continue
    }
    const started = Date.now()
    try {
      const { bytes, total, printed } = await makePack(payload, printer, id)
      await tell(payload, id, { status: 'done', done: total, bytes, items: printed, finishedAt: new Date().toISOString() })
      console.log(`印刷包 ${id} 已生成：${(bytes / 1024 / 1024).toFixed(1)} MB，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`)
    } catch (error) {
      if (stopping()) {
        // Stopped mid-order (a restart): back in the queue, not failed.
        await tell(payload, id, { status: 'queued', done: 0 }).catch(() => undefined)
        break
      }
      const reason = (error as Error).message.split('\n')[0] ?? '未知错误'
      console.error(`印刷包 ${id} 生成失败：${reason}`)
      await tell(payload, id, { status: 'failed', error: reason, finishedAt: new Date().toISOString() }).catch(() => undefined)
    }
  }
}

/**
 * Packs older than PACK_KEPT_DAYS, and half-written ones a stopped service left (untouched
 * for an hour: another service may be writing a fresh one), are removed.
 */
async function clearOldPacks(): Promise<void> {
  const dir = printOrdersDir(config().dataDir)
  const now = Date.now()
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const file = path.join(dir, name)
    const age = now - ((await stat(file).catch(() => null))?.mtimeMs ?? now)
    if (name.includes('.partial-') ? age > 3_600_000 : age > PACK_KEPT_DAYS * 86_400_000) await rm(file, { force: true })
  }
}

/** The print desk in this process: once the database answers, orders are taken until `stopping`. */
export async function startPrintDesk(printer: Printer, stopping: () => boolean): Promise<void> {
  await waitForDatabase(config().databaseUrl ?? '', (line) => console.log(`印刷包：${line}`), stopping)
  // The admin servers run the scheduled jobs; this process runs only the print desk.
  process.env.PAYLOAD_JOBS_AUTORUN = 'false'
  const [{ getPayload }, { default: payloadConfig }] = await Promise.all([import('payload'), import('../cms/payload.config.ts')])
  const payload = await getPayload({ config: payloadConfig })
  await clearOldPacks()
  const sweeping = setInterval(() => void clearOldPacks(), 3_600_000)
  await runPrintOrders(payload, printer, stopping).finally(() => clearInterval(sweeping))
}
