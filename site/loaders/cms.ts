/**
 * The only code that reads the CMS. It asks the public REST API as an anonymous reader,
 * so access control in the CMS decides what exists here: drafts never arrive.
 */
import type { Area, Article, Figure, Media, SiteSetting } from '../../cms/payload-types.ts'
import { ARTICLE_COLUMNS, HONOUR_KINDS, labelOf } from '../../cms/vocabulary.ts'
import { type RichTextImage, renderRichText } from '../lib/richText.ts'
import { paths } from '../settings.ts'

export interface SiteImage extends RichTextImage {
  width: number
  height: number
  /** Where the build fetches the bytes from. */
  sourceUrl: string
  filename: string
}

export interface PublicFigure {
  id: number
  slug: string
  /** Slugs the figure had when published before; their pages redirect here. */
  previousSlugs: string[]
  name: string
  honourTitle: string
  honourKind: string
  area: string
  yearHonoured: number | null
  summary: string
  storyHtml: string
  updatedAt: string
  /** First publication, for PubDate and the page's publish time. */
  publishedAt: string
  portrait: { card: SiteImage; hero: SiteImage; share: SiteImage; original: SiteImage } | null
  /** Every web image the figure's pages show: the files the build copies into the site. */
  images: SiteImage[]
}

export function cmsUrl(): string {
  return (process.env.CMS_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, '')
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

/** Every published document of a collection, page by page. */
async function fetchPublished<T>(collection: string, depth: number): Promise<T[]> {
  const docs: T[] = []
  for (let page = 1; ; page++) {
    const query = new URLSearchParams({
      'where[_status][equals]': 'published',
      depth: String(depth),
      limit: '100',
      page: String(page),
      sort: '-publishedAt',
      draft: 'false',
    })
    const result = await getJson<Page<T>>(`/api/${collection}?${query}`)
    docs.push(...result.docs)
    if (!result.hasNextPage) return docs
  }
}

function siteImage(media: Media, size?: keyof NonNullable<Media['sizes']>): SiteImage | null {
  const variant = size ? media.sizes?.[size] : media
  if (!variant?.url || !variant.filename || !variant.width || !variant.height) return null
  return {
    src: paths.media(variant.filename),
    filename: variant.filename,
    sourceUrl: new URL(variant.url, `${cmsUrl()}/`).toString(),
    width: variant.width,
    height: variant.height,
    alt: media.alt,
    caption: media.caption ?? undefined,
  }
}

function isMedia(value: unknown): value is Media {
  return typeof value === 'object' && value !== null && 'filename' in value && 'alt' in value
}

function portraitOf(figure: Figure): PublicFigure['portrait'] {
  if (!isMedia(figure.portrait)) return null
  const original = siteImage(figure.portrait)
  if (!original) return null
  return {
    original,
    card: siteImage(figure.portrait, 'card') ?? original,
    hero: siteImage(figure.portrait, 'hero') ?? original,
    share: siteImage(figure.portrait, 'share') ?? original,
  }
}

function toPublicFigure(figure: Figure): PublicFigure {
  const portrait = portraitOf(figure)
  const images: SiteImage[] = portrait ? [portrait.card, portrait.hero, portrait.share] : []
  return {
    id: figure.id,
    slug: figure.slug ?? String(figure.id),
    previousSlugs: (figure.previousSlugs ?? []).map((entry) => entry.slug),
    name: figure.name,
    honourTitle: figure.honourTitle,
    honourKind: labelOf(HONOUR_KINDS, figure.honourKind),
    area: typeof figure.area === 'object' ? figure.area.name : '',
    yearHonoured: figure.yearHonoured ?? null,
    summary: figure.summary,
    storyHtml: renderRichText(figure.story, {
      image: (value) => {
        if (!isMedia(value)) return null
        const image = siteImage(value, 'hero') ?? siteImage(value)
        if (image) images.push(image)
        return image
      },
    }),
    updatedAt: figure.updatedAt,
    publishedAt: figure.publishedAt ?? figure.createdAt,
    portrait,
    images,
  }
}

/** Changes whenever a published figure or article is added, changed, unpublished or deleted, or site settings change. */
export async function contentFingerprint(): Promise<string> {
  const query = new URLSearchParams({ 'where[_status][equals]': 'published', depth: '0', limit: '1', sort: '-updatedAt' })
  const result = await getJson<Page<Figure> & { totalDocs: number }>(`/api/figures?${query}`)
  const news = await getJson<Page<Article> & { totalDocs: number }>(`/api/articles?${query}`)
  const global = await getJson<SiteSetting>('/api/globals/site-settings?depth=0')
  return `figures:${result.totalDocs}:${result.docs[0]?.updatedAt ?? ''};articles:${news.totalDocs}:${news.docs[0]?.updatedAt ?? ''};settings:${global.updatedAt ?? ''}`
}

export interface PublicSettings {
  siteName: string
  sponsor: string
  icp: string | null
  psb: string | null
  siteCode: string | null
  contact: { phone: string | null; email: string | null; address: string | null }
}

let settings: Promise<PublicSettings> | undefined

/** Site name, sponsor, filing numbers and contact from the site-settings global. */
export function loadSiteSettings(): Promise<PublicSettings> {
  settings ??= getJson<SiteSetting>('/api/globals/site-settings?depth=0').then((global) => ({
    siteName: global.siteName,
    sponsor: global.sponsor,
    icp: global.icp ?? null,
    psb: global.psb ?? null,
    siteCode: global.siteCode ?? null,
    contact: { phone: global.contact?.phone ?? null, email: global.contact?.email ?? null, address: global.contact?.address ?? null },
  }))
  return settings
}

let figures: Promise<PublicFigure[]> | undefined

/** Published figures, newest first; fetched once per process. */
export function loadPublishedFigures(): Promise<PublicFigure[]> {
  figures ??= fetchPublished<Figure>('figures', 1).then((docs) => docs.map(toPublicFigure))
  return figures
}

export interface PublicArticle {
  id: number
  slug: string
  previousSlugs: string[]
  title: string
  lead: string
  column: string
  source: string
  author: string | null
  areas: string[]
  bodyHtml: string
  publishedAt: string
  cover: SiteImage | null
  images: SiteImage[]
}

function toPublicArticle(article: Article): PublicArticle {
  const cover = isMedia(article.cover) ? (siteImage(article.cover, 'hero') ?? siteImage(article.cover)) : null
  const images: SiteImage[] = cover ? [cover] : []
  return {
    id: article.id,
    slug: article.slug ?? String(article.id),
    previousSlugs: (article.previousSlugs ?? []).map((entry) => entry.slug),
    title: article.title,
    lead: article.lead,
    column: labelOf(ARTICLE_COLUMNS, article.column),
    source: article.source,
    author: article.author ?? null,
    areas: (article.areas ?? []).filter((area): area is Area => typeof area === 'object').map((area) => area.name),
    bodyHtml: renderRichText(article.body, {
      image: (value) => {
        if (!isMedia(value)) return null
        const image = siteImage(value, 'hero') ?? siteImage(value)
        if (image) images.push(image)
        return image
      },
    }),
    publishedAt: article.publishedAt ?? article.createdAt,
    cover,
    images,
  }
}

let articles: Promise<PublicArticle[]> | undefined

/** Published articles, newest first; fetched once per process. */
export function loadPublishedArticles(): Promise<PublicArticle[]> {
  articles ??= fetchPublished<Article>('articles', 1).then((docs) => docs.map(toPublicArticle))
  return articles
}

/** Every image file the published pages reference, keyed by file name. */
export async function loadSiteImages(): Promise<SiteImage[]> {
  const all = new Map<string, SiteImage>()
  const pages = [...(await loadPublishedFigures()), ...(await loadPublishedArticles())]
  for (const page of pages) for (const image of page.images) all.set(image.filename, image)
  return [...all.values()]
}

export async function fetchImageBytes(image: SiteImage): Promise<ArrayBuffer> {
  const response = await fetch(image.sourceUrl)
  if (!response.ok) throw new CmsReadError(`无法下载图片 ${image.filename}：HTTP ${response.status}`)
  return response.arrayBuffer()
}
