/**
 * The site as a list of output files, each with the exact data it is made from. A file's
 * key is a digest of that data plus the code version: an incremental build renders only
 * files whose key changed and reuses the rest byte for byte, so it needs no hand-kept
 * dependency graph — a list page's data holds only what its cards show, so editing a story
 * re-renders the story's page and PDF, not the lists.
 */
import { createHash } from 'node:crypto'

import { absoluteUrl, paths } from '../settings.ts'
import type { PublicArticle, PublicContent, PublicFigure, PublicSettings, SiteImage } from './model.ts'

export interface FigureCardData {
  slug: string
  name: string
  honourTitle: string
  summary: string
  card: SiteImage | null
}

export interface ArticleCardData {
  slug: string
  title: string
  lead: string
  column: string
  publishedAt: string
}

export interface HomeProps {
  site: PublicSettings
  figures: FigureCardData[]
  articles: Pick<ArticleCardData, 'slug' | 'title'>[]
}
/** Links between list pages; null where there is none. */
export interface Pager {
  newer: string | null
  older: string | null
  /** For archive pages: the dates the page covers. */
  label: string | null
}
export interface FiguresProps {
  path: string
  site: PublicSettings
  figures: FigureCardData[]
  pager: Pager
}
export interface FigureProps {
  site: PublicSettings
  figure: Omit<PublicFigure, 'images' | 'previousSlugs' | 'updatedAt' | 'id'>
}
export interface ArticlesProps {
  path: string
  site: PublicSettings
  articles: ArticleCardData[]
  pager: Pager
}
export interface ArticleProps {
  site: PublicSettings
  article: Omit<PublicArticle, 'images' | 'previousSlugs' | 'updatedAt' | 'id'>
}
export interface RedirectProps {
  to: string
  title: string
}
export interface NotFoundProps {
  site: PublicSettings
}
export interface SearchProps {
  site: PublicSettings
}

export interface ViewProps {
  HomePage: HomeProps
  FiguresPage: FiguresProps
  FigurePage: FigureProps
  ArticlesPage: ArticlesProps
  ArticlePage: ArticleProps
  RedirectPage: RedirectProps
  NotFoundPage: NotFoundProps
  SearchPage: SearchProps
}
export type ViewName = keyof ViewProps

export type Output =
  | { kind: 'page'; path: string; key: string; view: ViewName; props: ViewProps[ViewName] }
  | { kind: 'image'; path: string; key: string; image: SiteImage }
  | { kind: 'leaflet'; path: string; key: string; figure: PublicFigure; site: PublicSettings }
  | { kind: 'text'; path: string; key: string; body: string }

type Unkeyed<T> = T extends Output ? Omit<T, 'key'> : never

export function digest(...parts: unknown[]): string {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(typeof part === 'string' ? part : JSON.stringify(part)).update('\0')
  return hash.digest('base64url').slice(0, 22)
}

/** `/figures/x/` → `figures/x/index.html` */
export function fileOf(urlPath: string): string {
  return urlPath.endsWith('/') ? `${urlPath.slice(1)}index.html` : urlPath.slice(1)
}

function page<V extends ViewName>(urlPath: string, view: V, props: ViewProps[V]): Unkeyed<Output> {
  return { kind: 'page', path: fileOf(urlPath), view, props }
}

const figureCard = (figure: PublicFigure): FigureCardData => ({
  slug: figure.slug,
  name: figure.name,
  honourTitle: figure.honourTitle,
  summary: figure.summary,
  card: figure.portrait?.card ?? null,
})

const articleCard = (article: PublicArticle): ArticleCardData => ({
  slug: article.slug,
  title: article.title,
  lead: article.lead,
  column: article.column,
  publishedAt: article.publishedAt,
})

const xml = (value: string) =>
  value.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] as string)

function sitemap(entries: { path: string; lastmod?: string }[]): string {
  const urls = entries.map(
    (entry) =>
      `  <url><loc>${xml(absoluteUrl(entry.path))}</loc>${entry.lastmod ? `<lastmod>${entry.lastmod.slice(0, 10)}</lastmod>` : ''}</url>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
}

function rss(site: PublicSettings, articles: PublicArticle[]): string {
  const items = articles.slice(0, 30).map(
    (article) => `    <item>
      <title>${xml(article.title)}</title>
      <link>${xml(absoluteUrl(paths.article(article.slug)))}</link>
      <guid isPermaLink="true">${xml(absoluteUrl(paths.article(article.slug)))}</guid>
      <description>${xml(article.lead)}</description>
      <category>${xml(article.column)}</category>
      <pubDate>${new Date(article.publishedAt).toUTCString()}</pubDate>
    </item>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>${xml(`${site.siteName} · 文章`)}</title>
    <link>${xml(absoluteUrl(paths.articles))}</link>
    <description>${xml(`${site.sponsor}发布的创城动态、文明实践和通知公告`)}</description>
    <language>zh-cn</language>
${items.join('\n')}
  </channel>
</rss>
`
}

export const PAGE_SIZE = 20

/**
 * List pages that stay put as the archive grows: archive page k always holds the k-th
 * group of PAGE_SIZE items counted from the oldest, so publishing something new changes
 * the front page (the newest one or two groups) and not the archive pages behind it.
 */
function paginate<T extends { publishedAt: string }>(newestFirst: T[], base: string): { path: string; items: T[]; pager: Pager }[] {
  const oldestFirst = [...newestFirst].reverse()
  const groups = Math.max(1, Math.ceil(oldestFirst.length / PAGE_SIZE))
  const archive = (k: number) => `${base}archive/${k}/`
  // The front page shows the newest group and the full group before it.
  const frontFrom = Math.max(0, (groups - 2) * PAGE_SIZE)
  const pages: { path: string; items: T[]; pager: Pager }[] = [
    {
      path: base,
      items: oldestFirst.slice(frontFrom).reverse(),
      pager: { newer: null, older: groups > 2 ? archive(groups - 2) : null, label: null },
    },
  ]
  for (let k = groups - 2; k >= 1; k--) {
    const items = oldestFirst.slice((k - 1) * PAGE_SIZE, k * PAGE_SIZE).reverse()
    const dates = `${items.at(-1)?.publishedAt.slice(0, 10)} 至 ${items[0]?.publishedAt.slice(0, 10)}`
    pages.push({
      path: archive(k),
      items,
      pager: { newer: k + 1 <= groups - 2 ? archive(k + 1) : base, older: k > 1 ? archive(k - 1) : null, label: dates },
    })
  }
  return pages
}

/** Digests of derived documents, kept while the document object is the same. */
const digests = new WeakMap<object, string>()
function digestOf(value: object): string {
  let known = digests.get(value)
  if (!known) {
    known = digest(value)
    digests.set(value, known)
  }
  return known
}

/** Every file of the site, keyed. `codeVersion` changes whenever the code that renders them does. */
export function planSite(content: PublicContent, codeVersion: string): Output[] {
  const { figures, articles, settings: site } = content
  const siteKey = digest(site)
  const outputs: Output[] = []
  const add = (output: Unkeyed<Output>, key?: string) => {
    // Images are keyed by the file's version alone: their bytes do not depend on our code.
    const { path: _path, ...data } = output
    outputs.push({ ...output, key: key ?? (output.kind === 'image' ? digest(output.image.version) : digest(codeVersion, data)) } as Output)
  }
  add(page('/', 'HomePage', { site, figures: figures.slice(0, 6).map(figureCard), articles: articles.slice(0, 5).map(articleCard) }))
  for (const list of paginate(figures, paths.figures)) {
    add(page(list.path, 'FiguresPage', { path: list.path, site, figures: list.items.map(figureCard), pager: list.pager }))
  }
  for (const list of paginate(articles, paths.articles)) {
    add(page(list.path, 'ArticlesPage', { path: list.path, site, articles: list.items.map(articleCard), pager: list.pager }))
  }
  add({ kind: 'page', path: '404.html', view: 'NotFoundPage', props: { site } })
  add(page('/search/', 'SearchPage', { site }))
  const images = new Map<string, SiteImage>()
  for (const figure of figures) {
    const { images: shown, previousSlugs, updatedAt: _updated, id: _id, ...visible } = figure
    const figureKey = digestOf(figure)
    add(page(paths.figure(figure.slug), 'FigurePage', { site, figure: visible }), digest(codeVersion, 'FigurePage', siteKey, figureKey))
    for (const slug of previousSlugs) {
      add(page(paths.figure(slug), 'RedirectPage', { to: paths.figure(figure.slug), title: figure.name }))
    }
    add(
      { kind: 'leaflet', path: fileOf(paths.figureLeaflet(figure.slug)), figure, site },
      digest(codeVersion, 'leaflet', siteKey, figureKey),
    )
    for (const image of shown) images.set(image.filename, image)
  }
  for (const article of articles) {
    const { images: shown, previousSlugs, updatedAt: _updated, id: _id, ...visible } = article
    add(
      page(paths.article(article.slug), 'ArticlePage', { site, article: visible }),
      digest(codeVersion, 'ArticlePage', siteKey, digestOf(article)),
    )
    for (const slug of previousSlugs) {
      add(page(paths.article(slug), 'RedirectPage', { to: paths.article(article.slug), title: article.title }))
    }
    for (const image of shown) images.set(image.filename, image)
  }
  for (const image of images.values()) add({ kind: 'image', path: fileOf(image.src), image })

  const listed = [
    {
      path: '/',
      lastmod: [...figures, ...articles]
        .map((item) => item.updatedAt)
        .sort()
        .at(-1),
    },
    { path: paths.figures },
    { path: paths.articles },
    ...figures.map((figure) => ({ path: paths.figure(figure.slug), lastmod: figure.updatedAt })),
    ...articles.map((article) => ({ path: paths.article(article.slug), lastmod: article.updatedAt })),
  ]
  add({ kind: 'text', path: 'sitemap.xml', body: sitemap(listed) })
  add({ kind: 'text', path: 'articles/rss.xml', body: rss(site, articles) })
  add({ kind: 'text', path: 'robots.txt', body: `User-agent: *\nAllow: /\nSitemap: ${absoluteUrl('/sitemap.xml')}\n` })
  return outputs
}
