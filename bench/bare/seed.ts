/**
 * Seeds the bare Payload (bench/bare/config.ts) for BENCH=rest: creates the schema
 * (BARE_PUSH=1, drizzle push on a fresh database), then in each collection of
 * BARE_SEED — JSON `{ "figures": { "count": 12, "bytesPerDoc": 2400 }, … }`, read from
 * our admin's lists by bench/rest.ts — as many published documents as ours has, each about
 * as large at depth 1 as ours (the rich-text body is sized on a probe document first).
 * Ten areas and twenty image records are shared round-robin. Exits when done.
 */
import { getPayload, type Payload } from 'payload'

import config, { BARE_COLLECTIONS, type BareCollection } from './config.ts'

type Refs = { areas: number[]; images: number[] }
type Spec = Partial<Record<BareCollection, { count: number; bytesPerDoc: number }>>

const SENTENCE = '杏花岭区新时代文明实践站组织志愿者走进社区，为居民提供理论宣讲、健康义诊和文化演出等服务。'
/**
 * The 56 commonest characters, drawn at random: text from a pool this size gzips about as
 * well as real prose (2.25× against 2.28× for the demo's articles and figures); one sentence
 * repeated would gzip far smaller than ours, the whole common set far larger.
 */
const POOL = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定'

/** The same text every run: a small linear congruential generator. */
let state = 20
function next(): number {
  state = (state * 1103515245 + 12345) % 2 ** 31
  return state / 2 ** 31
}

/** `length` characters of pseudo-prose from POOL, a comma or full stop every so often. */
function prose(length: number): string {
  let text = ''
  while (text.length < length) text += text.length % 16 === 15 ? (next() < 0.7 ? '，' : '。') : POOL[Math.floor(next() * POOL.length)]
  return text
}

/** A Lexical body of about `chars` characters, in paragraphs of about 200. */
function body(chars: number) {
  const paragraphs = []
  for (let left = Math.max(0, chars); left > 0; left -= 200) {
    const text = prose(Math.min(left, 200))
    paragraphs.push({
      type: 'paragraph',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      textFormat: 0,
      textStyle: '',
      children: [{ type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text }],
    })
  }
  return { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: paragraphs } }
}

/**
 * Creates one document. The project's generated Payload types (cms/payload-types.ts) name
 * our collections, not these, so the local API is called untyped here.
 */
async function create(payload: Payload, collection: string, data: Record<string, unknown>): Promise<number> {
  const created = (await payload.create({ collection, data } as never)) as { id: number }
  return created.id
}

function createDocument(payload: Payload, collection: BareCollection, index: number, chars: number, refs: Refs) {
  return create(payload, collection, {
    title: prose(14),
    slug: `${collection}-${index + 1}`,
    summary: prose(40),
    body: body(chars),
    area: refs.areas[index % refs.areas.length],
    image: refs.images[index % refs.images.length],
    _status: 'published',
  })
}

/** Bytes of one document at depth 1 with a body of `chars` characters (a probe, deleted after). */
async function probe(payload: Payload, collection: BareCollection, chars: number, refs: Refs) {
  const id = await createDocument(payload, collection, 10_000, chars, refs)
  const read = await payload.findByID({ collection, id, depth: 1 })
  await payload.delete({ collection, id })
  return Buffer.byteLength(JSON.stringify(read))
}

/** The body length that makes a document about `bytesPerDoc` bytes at depth 1 (linear between two probes). */
async function calibrate(payload: Payload, collection: BareCollection, bytesPerDoc: number, refs: Refs) {
  const empty = await probe(payload, collection, 0, refs)
  const perChar = ((await probe(payload, collection, 1000, refs)) - empty) / 1000
  return Math.max(0, Math.round((bytesPerDoc - empty) / perChar))
}

const spec = JSON.parse(process.env.BARE_SEED || '{}') as Spec
const payload = await getPayload({ config })
const refs: Refs = { areas: [], images: [] }
for (let i = 1; i <= 10; i++) refs.areas.push(await create(payload, 'areas', { name: `第${i}片区`, slug: `area-${i}` }))
for (let i = 1; i <= 20; i++) {
  const image = { alt: `${SENTENCE.slice(0, 16)}${i}`, filename: `photo-${i}.jpg`, url: `/media/photo-${i}.jpg`, width: 1600, height: 1200 }
  refs.images.push(await create(payload, 'images', image))
}
const seeded: Record<string, { count: number; bodyChars: number }> = {}
for (const collection of BARE_COLLECTIONS) {
  const wanted = spec[collection]
  if (!wanted || wanted.count === 0) continue
  const chars = await calibrate(payload, collection, wanted.bytesPerDoc, refs)
  for (let index = 0; index < wanted.count; index++) await createDocument(payload, collection, index, chars, refs)
  seeded[collection] = { count: wanted.count, bodyChars: chars }
}
console.log(`bare payload seeded ${JSON.stringify(seeded)}`)
await payload.destroy()
process.exit(0)
