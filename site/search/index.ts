/**
 * The search index (Pagefind), kept current without re-indexing everything per publish.
 *
 * Two bundles: `pagefind/base/` indexes every searchable page as of some build, and
 * `pagefind/delta/` indexes only the records that changed since (new, edited). Each record
 * carries its version in meta `v`; `pagefind/stale.json` lists base versions that are
 * outdated or gone, and the search page drops those hits. A publish re-indexes the delta
 * (tens of records, a fraction of a second).
 *
 * The base is brought up to date off the publish path: when the worker has been idle a
 * while (or the delta has grown past COMPACT_SOON), it indexes everything into a new base
 * in the background (compactSearch in build.ts), and the next build adopts it, leaving the
 * delta empty. A bundle is a pure function of the records in it (they are indexed in URL
 * order), so once the site is quiet its search files are byte for byte what a full build
 * makes. Only if the delta outgrows DELTA_LIMIT before a compaction lands is the base
 * rebuilt inside a build.
 */
import { createIndex } from 'pagefind'
import { escapeHtml } from '../lib/html.ts'
import { byIdentity } from '../lib/memo.ts'
import { articleLabel, chapterLabel } from '../lib/numerals.ts'
import { richTextHtml } from '../lib/richText.ts'
import type { PublicArticle, PublicContent, PublicFigure, PublicRegulation, PublicVenue } from '../model/types.ts'
import { digest } from '../plan/keys.ts'
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

const TEXT: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" }

/** Rich-text HTML as text: tags become spaces, the entities escapeHtml wrote become their characters again. */
const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => TEXT[entity] as string)
    .replace(/\s+/g, ' ')
    .trim()

/** Records (and their versions) are kept while the derived document is the same object (site/lib/memo.ts). */
const figureRecord = byIdentity(
  (figure: PublicFigure): SearchRecord => ({
    url: paths.figure(figure.slug),
    title: `${figure.honourTitle} ${figure.name}`,
    type: '人物',
    area: figure.area || null,
    text: `${figure.honourKind} ${figure.summary} ${plain(richTextHtml(figure.story))}`,
  }),
)

const articleRecord = byIdentity(
  (article: PublicArticle): SearchRecord => ({
    url: paths.article(article.slug),
    title: article.title,
    type: '文章',
    area: article.areas[0] ?? null,
    text: `${article.column} ${article.lead} ${plain(richTextHtml(article.body))}`,
  }),
)

/** What search finds: every published item, and every article (条) of a regulation on its own, as plain text. */
export function searchRecords(content: PublicContent): SearchRecord[] {
  return [
    ...content.figures.map(figureRecord),
    ...content.articles.map(articleRecord),
    ...[...content.streets, ...content.places].map(venueRecord),
    ...content.regulations.flatMap(regulationRecords),
  ]
}

const venueRecord = byIdentity(
  (venue: PublicVenue): SearchRecord => ({
    url: venue.kind === 'street' ? paths.street(venue.slug) : paths.place(venue.slug),
    title: venue.kind === 'street' ? `${venue.name}（${venue.subtitle}）` : venue.name,
    type: venue.kind === 'street' ? '特色街巷' : '文明实践阵地',
    area: venue.area || null,
    text: [
      venue.subtitle,
      venue.theme,
      venue.summary,
      venue.location.address,
      venue.openingHours,
      venue.facilities.join(' '),
      plain(richTextHtml(venue.story)),
      plain(richTextHtml(venue.before)),
      plain(richTextHtml(venue.after)),
    ]
      .filter(Boolean)
      .join(' '),
  }),
)

/** A regulation's own page (by title), and each of its articles, found by 第十二条 or by its words. */
const regulationRecords = byIdentity((regulation: PublicRegulation): SearchRecord[] => {
  const common = { type: '法规', area: regulation.area || null }
  return [
    {
      url: paths.regulation(regulation.slug),
      title: `《${regulation.title}》全文`,
      text: `${regulation.issuingBody} ${regulation.status} ${regulation.preamble ?? ''} ${regulation.chapters
        .map((chapter) => `${chapter.number > 0 ? chapterLabel(chapter.number) : ''} ${chapter.title ?? ''}`)
        .join(' ')}`,
      ...common,
    },
    ...regulation.chapters.flatMap((chapter) =>
      chapter.articles.map((item) => ({
        url: paths.regulationArticle(regulation.slug, item.number),
        title: `《${regulation.title}》${articleLabel(item.number)}`,
        text: `${articleLabel(item.number)} ${item.text}`,
        ...common,
      })),
    ),
  ]
})

export interface SearchFiles {
  /** Site-relative path → bytes, for the bundles that had to be (re)built. */
  files: Map<string, Uint8Array>
  state: SearchState
  baseKey: string
  deltaKey: string
  stale: string[]
  indexed: number
}

/** Past this many changed records, a build rebuilds the base itself (a compaction is overdue). */
export const DELTA_LIMIT = 2000
/** Past this many, the worker compacts right after the build instead of waiting to be idle. */
export const COMPACT_SOON = 300
export const BASE_DIR = 'pagefind/base/'
export const DELTA_DIR = 'pagefind/delta/'

/** url → version of every record: what a base made from all of them holds. */
export function versionMap(records: SearchRecord[]): Record<string, string> {
  return Object.fromEntries(records.map((record) => [record.url, versionOf(record)]))
}

/** How many records a search over `base` must patch: changed or new ones, plus stale ones. */
export function driftFrom(base: Record<string, string>, records: SearchRecord[]): number {
  let drift = 0
  const current = new Set<string>()
  for (const record of records) {
    current.add(record.url)
    if (base[record.url] !== versionOf(record)) drift++
  }
  for (const url of Object.keys(base)) if (!current.has(url)) drift++
  return drift
}

/**
 * How a record becomes a page for the indexer (html() below). A change to it makes every
 * bundle built before it outdated: the next build indexes everything afresh.
 */
const FORMAT = 'search-html-3'

export const baseKeyOf = (base: Record<string, string>) => digest('search-base', FORMAT, Object.entries(base).sort())

export const versionOf = byIdentity((record: SearchRecord): string => digest('search-record', record))

function html(record: SearchRecord, version: string): string {
  // Pagefind reads the language from <html lang> and segments Chinese accordingly. Its excerpts
  // escape < and > but not &, so text it indexes has its & escaped once more: an excerpt is then
  // HTML that decodes to the text exactly once (“&lt;” typed by an editor stays “&lt;”). The
  // title's meta value is decoded once as it is, so it comes from a heading kept out of the text.
  // The version and the facets are attribute values on empty elements: an element's text would
  // be indexed too, and an excerpt showed residents the version id ("SOg_c4I8Gtia…特色街巷").
  const text = (value: string) => escapeHtml(value.replaceAll('&', '&amp;'))
  return `<!doctype html><html lang="zh-cn"><head><meta charset="utf-8"><title>${escapeHtml(record.title)}</title></head><body><main data-pagefind-body><h1 data-pagefind-meta="title" data-pagefind-ignore>${escapeHtml(record.title)}</h1><h1>${text(record.title)}</h1><span data-pagefind-meta="v:${version}"></span><span data-pagefind-filter="类型:${escapeHtml(record.type)}"></span>${record.area ? `<span data-pagefind-filter="区域:${escapeHtml(record.area)}"></span>` : ''}<p>${text(record.text)}</p></main></body></html>`
}

/** Indexes `records` into a bundle under `dir`. The same records give the same bytes, in any order. */
export async function bundle(records: SearchRecord[], dir: string, into: Map<string, Uint8Array>): Promise<void> {
  const { index, errors } = await createIndex({ forceLanguage: 'zh-cn' })
  if (!index) throw new Error(`搜索索引无法创建：${errors.join('；')}`)
  try {
    // Pagefind's output depends on the order pages are added: URL order makes it a function of the set.
    for (const record of [...records].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))) {
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
 * Plans and, where needed, builds the two bundles. `previous` is the bundles to start
 * from (the live build's, or an adopted compaction's; null for a full build): its base is
 * reused while the delta stays under DELTA_LIMIT.
 */
export async function buildSearch(
  records: SearchRecord[],
  previous: (SearchState & { baseKey: string; deltaKey: string }) | null,
): Promise<SearchFiles> {
  const versions = new Map(records.map((record) => [record.url, versionOf(record)]))
  let base = previous?.base ?? null
  let changed = base ? records.filter((record) => base?.[record.url] !== versions.get(record.url)) : records
  let stale = base
    ? Object.entries(base)
        .filter(([url, version]) => versions.get(url) !== version)
        .map(([, version]) => version)
    : []
  let baseKey = previous?.baseKey ?? ''
  if (!base || previous?.baseKey !== baseKeyOf(base) || changed.length + stale.length > DELTA_LIMIT) {
    base = Object.fromEntries(versions)
    changed = []
    stale = []
    baseKey = baseKeyOf(base)
  }
  const deltaKey = digest('search-delta', FORMAT, changed.map((record) => versions.get(record.url)).sort())
  const files = new Map<string, Uint8Array>()
  if (previous?.baseKey !== baseKey) {
    const inBase = new Set(Object.keys(base))
    await bundle(
      records.filter((record) => inBase.has(record.url)),
      BASE_DIR,
      files,
    )
  }
  if (previous?.deltaKey !== deltaKey && changed.length > 0) await bundle(changed, DELTA_DIR, files)
  const delta = Object.fromEntries(changed.map((record) => [record.url, versions.get(record.url) as string]))
  return { files, state: { base, delta }, baseKey, deltaKey, stale: stale.sort(), indexed: files.size }
}
