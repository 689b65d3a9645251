/**
 * The search index (Pagefind), kept current without re-indexing everything per publish.
 *
 * Two bundles: `pagefind/base/` indexes every searchable page as of some build, and
 * `pagefind/delta/` indexes only the records that changed since (new, edited). Each record
 * carries its version in meta `v`; `pagefind/stale.json` lists base versions that are
 * outdated or gone, and the search page drops those hits. A publish re-indexes the delta
 * (tens of records, a fraction of a second); when the delta grows past DELTA_LIMIT the
 * base is rebuilt from everything and the delta empties. So the bundles' bytes depend on
 * when the base was last rebuilt; what a search finds does not (tests compare results).
 */
import { createIndex } from 'pagefind'

import type { PublicContent } from '../content/model.ts'
import { digest } from '../content/pages.ts'
import { escapeHtml } from '../lib/html.ts'
import { paths } from '../settings.ts'

export interface SearchRecord {
  url: string
  title: string
  type: string
  area: string | null
  text: string
}

export interface SearchState {
  /** url → record version, for the records the base bundle holds. */
  base: Record<string, string>
  /** url → record version, for the records the delta bundle holds. */
  delta: Record<string, string>
}

const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

/** Records (and their versions) are kept while the derived document is the same object. */
const known = new WeakMap<object, SearchRecord>()
const versions = new WeakMap<SearchRecord, string>()
function remember<T extends object>(item: T, make: (item: T) => SearchRecord): SearchRecord {
  let record = known.get(item)
  if (!record) {
    record = make(item)
    known.set(item, record)
  }
  return record
}

/** What search finds: every published figure and article, as plain text. */
export function searchRecords(content: PublicContent): SearchRecord[] {
  return [
    ...content.figures.map((figure) =>
      remember(figure, () => ({
        url: paths.figure(figure.slug),
        title: `${figure.honourTitle} ${figure.name}`,
        type: '人物',
        area: figure.area || null,
        text: `${figure.summary} ${plain(figure.storyHtml)}`,
      })),
    ),
    ...content.articles.map((article) =>
      remember(article, () => ({
        url: paths.article(article.slug),
        title: article.title,
        type: article.column,
        area: article.areas[0] ?? null,
        text: `${article.lead} ${plain(article.bodyHtml)}`,
      })),
    ),
  ]
}

export interface SearchFiles {
  /** Site-relative path → bytes, for the bundles that had to be (re)built. */
  files: Map<string, Uint8Array>
  state: SearchState
  baseKey: string
  deltaKey: string
  stale: string[]
  indexed: number
}

export const DELTA_LIMIT = 300
export const BASE_DIR = 'pagefind/base/'
export const DELTA_DIR = 'pagefind/delta/'

export function versionOf(record: SearchRecord): string {
  let version = versions.get(record)
  if (!version) {
    version = digest('search-record', record)
    versions.set(record, version)
  }
  return version
}

function html(record: SearchRecord, version: string): string {
  // Pagefind reads the language from <html lang> and segments Chinese accordingly.
  return `<!doctype html><html lang="zh-cn"><head><meta charset="utf-8"><title>${escapeHtml(record.title)}</title></head><body><main data-pagefind-body><h1 data-pagefind-meta="title">${escapeHtml(record.title)}</h1><span data-pagefind-meta="v" hidden>${version}</span><span data-pagefind-filter="类型" hidden>${escapeHtml(record.type)}</span>${record.area ? `<span data-pagefind-filter="区域" hidden>${escapeHtml(record.area)}</span>` : ''}<p>${escapeHtml(record.text)}</p></main></body></html>`
}

async function bundle(records: SearchRecord[], dir: string, into: Map<string, Uint8Array>): Promise<void> {
  const { index, errors } = await createIndex({ forceLanguage: 'zh-cn' })
  if (!index) throw new Error(`搜索索引无法创建：${errors.join('；')}`)
  try {
    for (const record of records) {
      const added = await index.addHTMLFile({ url: record.url, content: html(record, versionOf(record)) })
      if (added.errors.length > 0) throw new Error(`搜索索引写入失败（${record.url}）：${added.errors.join('；')}`)
    }
    const { files, errors: fileErrors } = await index.getFiles()
    if (fileErrors.length > 0) throw new Error(`搜索索引生成失败：${fileErrors.join('；')}`)
    // The search page has its own interface: Pagefind's UI kits are left out.
    for (const file of files)
      if (!/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(file.path)) into.set(`${dir}${file.path}`, file.content)
  } finally {
    await index.deleteIndex()
  }
}

/**
 * Plans and, where needed, builds the two bundles. `previous` is the live build's state
 * (null for a full build): the base is reused while the delta stays small.
 */
export async function buildSearch(
  records: SearchRecord[],
  previous: SearchState | null,
  reuse: { baseKey?: string; deltaKey?: string },
): Promise<SearchFiles> {
  const versions = new Map(records.map((record) => [record.url, versionOf(record)]))
  let base = previous?.base ?? null
  let changed = base ? records.filter((record) => base?.[record.url] !== versions.get(record.url)) : records
  let stale = base
    ? Object.entries(base)
        .filter(([url, version]) => versions.get(url) !== version)
        .map(([, version]) => version)
    : []
  if (!base || changed.length + stale.length > DELTA_LIMIT) {
    base = Object.fromEntries(versions)
    changed = []
    stale = []
  }
  const baseKey = digest('search-base', Object.entries(base).sort())
  const deltaKey = digest('search-delta', changed.map((record) => versions.get(record.url)).sort())
  const files = new Map<string, Uint8Array>()
  if (reuse.baseKey !== baseKey) {
    const inBase = new Set(Object.keys(base))
    await bundle(
      records.filter((record) => inBase.has(record.url)),
      BASE_DIR,
      files,
    )
  }
  if (reuse.deltaKey !== deltaKey && changed.length > 0) await bundle(changed, DELTA_DIR, files)
  const delta = Object.fromEntries(changed.map((record) => [record.url, versions.get(record.url) as string]))
  return { files, state: { base, delta }, baseKey, deltaKey, stale: stale.sort(), indexed: files.size }
}
