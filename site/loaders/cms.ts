/**
 * The only code that reads the CMS. It asks the public REST API as an anonymous reader,
 * so access control in the CMS decides what exists here: drafts never arrive.
 *
 * It keeps a snapshot of everything published, fetched at depth 0 so that relations are
 * resolved against the snapshot itself: when an area is renamed or an image's alt text is
 * edited, every page that shows it sees the change without the pages' own documents
 * changing. `refreshSnapshot` brings a snapshot up to date with a few small requests:
 * documents changed since the last look, and the ids that still exist.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

import { config } from '../../contract/config.ts'
import type {
  Area,
  Article,
  Department,
  Election,
  Event,
  Facility,
  Figure,
  Handbook,
  Media,
  Place,
  Regulation,
  Reply,
  ServiceItem,
  SiteSetting,
  Street,
  Survey,
} from '../../contract/payload-types.ts'

/**
 * The print preview downloads a draft's images with the signed-in user's credentials
 * (images that nothing public uses yet are private); everything else here reads as the
 * public does.
 */
export const imageCredentials = new AsyncLocalStorage<string>()

export function cmsUrl(): string {
  return config().cmsUrl
}

export class CmsReadError extends Error {
  name = 'CmsReadError'
}

async function getJson<T>(pathAndQuery: string): Promise<T> {
  const url = `${cmsUrl()}${pathAndQuery}`
  let response: Response
  try {
    response = await fetch(url, { credentials: 'omit', headers: { accept: 'application/json' } })
  } catch (error) {
    throw new CmsReadError(`无法连接内容管理系统 ${cmsUrl()}（CMS_URL）：${(error as Error).cause ?? (error as Error).message}`)
  }
  if (!response.ok) throw new CmsReadError(`内容管理系统返回 HTTP ${response.status}：${url}`)
  return (await response.json()) as T
}

interface Page<T> {
  docs: T[]
  hasNextPage: boolean
}

/** The collections the site shows, and whether they hold drafts (only published ones are read). */
const SOURCES = {
  figures: { drafts: true },
  articles: { drafts: true },
  streets: { drafts: true },
  places: { drafts: true },
  regulations: { drafts: true },
  handbooks: { drafts: true },
  replies: { drafts: true },
  surveys: { drafts: true },
  elections: { drafts: true },
  events: { drafts: true },
  'service-items': { drafts: true },
  areas: { drafts: false },
  departments: { drafts: false },
  facilities: { drafts: false },
  media: { drafts: false },
} as const

type SourceName = keyof typeof SOURCES
interface SourceDocs {
  figures: Figure
  articles: Article
  streets: Street
  places: Place
  regulations: Regulation
  handbooks: Handbook
  replies: Reply
  surveys: Survey
  elections: Election
  events: Event
  'service-items': ServiceItem
  areas: Area
  departments: Department
  facilities: Facility
  media: Media
}

export type Snapshot = { [K in SourceName]: Map<number, SourceDocs[K]> } & {
  settings: SiteSetting
  /** The newest updatedAt seen per collection: the next refresh asks for anything at or after it. */
  seen: Record<SourceName, string>
  /** When the ids of everything published were last compared with the snapshot's. */
  scannedAt: number
}

/** Documents that may have left the published set (unpublished or deleted), by collection, as the queued jobs name them. */
export type GoneHints = Partial<Record<string, number[]>>

/** A refresh with hints still compares every id at least this often, in case a change came without one. */
const FULL_SCAN_MS = 60_000

function publishedQuery(name: SourceName, extra: Record<string, string>): URLSearchParams {
  const query = new URLSearchParams({ depth: '0', draft: 'false', ...extra })
  if (SOURCES[name].drafts) query.set('where[_status][equals]', 'published')
  return query
}

async function fetchAll<K extends SourceName>(name: K, where: Record<string, string> = {}): Promise<SourceDocs[K][]> {
  const docs: SourceDocs[K][] = []
  for (let page = 1; ; page++) {
    const query = publishedQuery(name, { ...where, limit: '1000', page: String(page), sort: 'id' })
    const result = await getJson<Page<SourceDocs[K]>>(`/api/${name}?${query}`)
    docs.push(...result.docs)
    if (!result.hasNextPage) return docs
  }
}

async function fetchIds(name: SourceName): Promise<Set<number>> {
  const query = publishedQuery(name, { pagination: 'false', 'select[id]': 'true' })
  const result = await getJson<Page<{ id: number }>>(`/api/${name}?${query}`)
  return new Set(result.docs.map((doc) => doc.id))
}

const fetchSettings = () => getJson<SiteSetting>('/api/globals/site-settings?depth=0')

function newest(docs: { updatedAt: string }[], previous = ''): string {
  // ISO timestamps: the greatest string is the latest time.
  return [previous, ...docs.map((doc) => doc.updatedAt)].sort().at(-1) ?? ''
}

/** Everything published, read afresh. */
export async function loadSnapshot(): Promise<Snapshot> {
  const names = Object.keys(SOURCES) as SourceName[]
  const [settings, ...lists] = await Promise.all([fetchSettings(), ...names.map((name) => fetchAll(name))])
  const snapshot = { settings, scannedAt: Date.now(), seen: {} } as Snapshot
  names.forEach((name, index) => {
    const docs = lists[index] as { id: number; updatedAt: string }[]
    ;(snapshot as unknown as Record<SourceName, Map<number, unknown>>)[name] = new Map(docs.map((doc) => [doc.id, doc]))
    snapshot.seen[name] = newest(docs)
  })
  return snapshot
}

async function fetchPublishedIds(name: SourceName, ids: number[]): Promise<Set<number>> {
  const query = publishedQuery(name, { pagination: 'false', 'select[id]': 'true', 'where[id][in]': ids.join(',') })
  const result = await getJson<Page<{ id: number }>>(`/api/${name}?${query}`)
  return new Set(result.docs.map((doc) => doc.id))
}

/**
 * Brings a snapshot up to date in place: documents published or changed since the last
 * look are replaced, documents no longer published (unpublished or deleted) are dropped.
 * With hints, only the hinted documents are checked for removal (a few small requests);
 * without, or when the last full comparison is a minute old, every id is compared.
 * Returns how many documents changed.
 */
export async function refreshSnapshot(snapshot: Snapshot, hints?: GoneHints | null): Promise<number> {
  const names = Object.keys(SOURCES) as SourceName[]
  const fullScan = !hints || Date.now() - snapshot.scannedAt > FULL_SCAN_MS
  const [settings, ...results] = await Promise.all([
    fetchSettings(),
    ...names.map(async (name) => {
      // Look a minute further back than the newest change seen: a save that committed late
      // carries an updatedAt older than one that committed before it.
      const seen = snapshot.seen[name]
      const since = seen ? new Date(Date.parse(seen) - 60_000).toISOString() : ''
      const hinted = (hints?.[name] ?? []).filter((id) => snapshot[name].has(id))
      const [changed, present] = await Promise.all([
        fetchAll(name, since ? { 'where[updatedAt][greater_than_equal]': since } : {}),
        fullScan ? fetchIds(name) : hinted.length > 0 ? fetchPublishedIds(name, hinted) : Promise.resolve(new Set<number>()),
      ])
      return { name, changed, candidates: fullScan ? [...snapshot[name].keys()] : hinted, present }
    }),
  ])
  if (fullScan) snapshot.scannedAt = Date.now()
  let count = settings.updatedAt === snapshot.settings.updatedAt ? 0 : 1
  snapshot.settings = settings
  for (const { name, changed, candidates, present } of results) {
    const docs = snapshot[name] as Map<number, { updatedAt: string }>
    const changedIds = new Set<number>()
    for (const doc of changed as { id: number; updatedAt: string }[]) {
      changedIds.add(doc.id)
      // The look-back window returns documents already held: keep those objects. Everything
      // derived from a document is kept while its object (and those it looks up) are the
      // same, so replacing an unchanged area or image would re-derive every page using it.
      if (docs.get(doc.id)?.updatedAt === doc.updatedAt) continue
      count++
      docs.set(doc.id, doc)
    }
    for (const id of candidates) {
      if (!present.has(id) && !changedIds.has(id) && docs.delete(id)) count++
    }
    snapshot.seen[name] = newest(changed as { updatedAt: string }[], snapshot.seen[name])
  }
  return count
}

export async function fetchBytes(url: string, what: string): Promise<Uint8Array> {
  let response: Response
  try {
    const authorization = imageCredentials.getStore()
    response = await fetch(url, authorization ? { headers: { authorization } } : undefined)
  } catch (error) {
    throw new CmsReadError(`无法下载${what}：${(error as Error).message}`)
  }
  if (!response.ok) throw new CmsReadError(`无法下载${what}：HTTP ${response.status}`)
  return new Uint8Array(await response.arrayBuffer())
}
