/**
 * What residents may see, derived from a snapshot of published documents: relations are
 * resolved against the snapshot, rich text is turned into HTML, images into the files the
 * site serves. Pure functions of the snapshot, so a page built from them changes exactly
 * when something it shows changed.
 */
import type { Article, Figure, Media, SiteSetting } from '../../cms/payload-types.ts'
import { ARTICLE_COLUMNS, HONOUR_KINDS, labelOf } from '../../cms/vocabulary.ts'
import { type RichTextImage, renderRichText } from '../lib/richText.ts'
import { cmsUrl, type Snapshot } from '../loaders/cms.ts'
import { paths } from '../settings.ts'

export interface SiteImage extends RichTextImage {
  width: number
  height: number
  /** Where the build fetches the bytes from. */
  sourceUrl: string
  filename: string
  mimeType: string
  /** Changes when the file behind the name may have changed. */
  version: string
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
  updatedAt: string
  publishedAt: string
  cover: SiteImage | null
  images: SiteImage[]
}

export interface PublicSettings {
  siteName: string
  sponsor: string
  icp: string | null
  psb: string | null
  siteCode: string | null
  contact: { phone: string | null; email: string | null; address: string | null }
}

export interface PublicContent {
  figures: PublicFigure[]
  articles: PublicArticle[]
  settings: PublicSettings
}

function siteImage(media: Media, size?: keyof NonNullable<Media['sizes']>): SiteImage | null {
  const variant = size ? media.sizes?.[size] : media
  if (!variant?.url || !variant.filename || !variant.width || !variant.height) return null
  return {
    src: paths.media(variant.filename),
    filename: variant.filename,
    mimeType: variant.mimeType ?? 'application/octet-stream',
    sourceUrl: new URL(variant.url, `${cmsUrl()}/`).toString(),
    version: `${media.id}:${media.updatedAt}:${variant.filesize ?? ''}`,
    width: variant.width,
    height: variant.height,
    alt: media.alt,
    caption: media.caption ?? undefined,
  }
}

function relationId(value: unknown): number | null {
  if (typeof value === 'number') return value
  if (typeof value === 'object' && value !== null && 'id' in value) return Number((value as { id: unknown }).id)
  return null
}

function byNewest<T extends { publishedAt: string; id: number }>(items: T[]): T[] {
  return items.sort((a, b) => (a.publishedAt === b.publishedAt ? b.id - a.id : a.publishedAt < b.publishedAt ? 1 : -1))
}

/**
 * Derived documents are kept between builds: an entry is reused while the document and
 * every related document it looked up (images, areas) are the same objects in the
 * snapshot — which replaces an object exactly when it changed.
 */
interface Derived {
  value: unknown
  lookups: [Map<number, unknown>, number, unknown][]
}
const derived = new WeakMap<object, Derived>()

export function publicContent(snapshot: Snapshot): PublicContent {
  let lookups: Derived['lookups'] = []
  const lookup = <T>(map: Map<number, T>, value: unknown): T | null => {
    const id = relationId(value)
    if (id === null) return null
    const found = map.get(id) ?? null
    lookups.push([map as Map<number, unknown>, id, found])
    return found
  }
  const memo = <D extends object, T>(doc: D, make: (doc: D) => T): T => {
    const known = derived.get(doc)
    if (known?.lookups.every(([map, id, found]) => (map.get(id) ?? null) === found)) return known.value as T
    lookups = []
    const value = make(doc)
    derived.set(doc, { value, lookups })
    return value
  }
  const media = (value: unknown): Media | null => lookup(snapshot.media, value)
  const areaName = (value: unknown): string | null => lookup(snapshot.areas, value)?.name ?? null
  const bodyImage = (images: SiteImage[]) => (value: unknown) => {
    const doc = media(value)
    const image = doc ? (siteImage(doc, 'hero') ?? siteImage(doc)) : null
    if (image) images.push(image)
    return image
  }

  const figure = (doc: Figure): PublicFigure => {
    const portraitDoc = media(doc.portrait)
    const original = portraitDoc ? siteImage(portraitDoc) : null
    const portrait =
      portraitDoc && original
        ? {
            original,
            card: siteImage(portraitDoc, 'card') ?? original,
            hero: siteImage(portraitDoc, 'hero') ?? original,
            share: siteImage(portraitDoc, 'share') ?? original,
          }
        : null
    const images: SiteImage[] = portrait ? [portrait.card, portrait.hero, portrait.share] : []
    return {
      id: doc.id,
      slug: doc.slug ?? String(doc.id),
      previousSlugs: (doc.previousSlugs ?? []).map((entry) => entry.slug),
      name: doc.name,
      honourTitle: doc.honourTitle,
      honourKind: labelOf(HONOUR_KINDS, doc.honourKind),
      area: areaName(doc.area) ?? '',
      yearHonoured: doc.yearHonoured ?? null,
      summary: doc.summary,
      storyHtml: renderRichText(doc.story, { image: bodyImage(images) }),
      updatedAt: doc.updatedAt,
      publishedAt: doc.publishedAt ?? doc.createdAt,
      portrait,
      images,
    }
  }

  const article = (doc: Article): PublicArticle => {
    const coverDoc = media(doc.cover)
    const cover = coverDoc ? (siteImage(coverDoc, 'hero') ?? siteImage(coverDoc)) : null
    const images: SiteImage[] = cover ? [cover] : []
    return {
      id: doc.id,
      slug: doc.slug ?? String(doc.id),
      previousSlugs: (doc.previousSlugs ?? []).map((entry) => entry.slug),
      title: doc.title,
      lead: doc.lead,
      column: labelOf(ARTICLE_COLUMNS, doc.column),
      source: doc.source,
      author: doc.author ?? null,
      areas: (doc.areas ?? []).map(areaName).filter((name): name is string => name !== null),
      bodyHtml: renderRichText(doc.body, { image: bodyImage(images) }),
      updatedAt: doc.updatedAt,
      publishedAt: doc.publishedAt ?? doc.createdAt,
      cover,
      images,
    }
  }

  return {
    figures: byNewest([...snapshot.figures.values()].map((doc) => memo(doc, figure))),
    articles: byNewest([...snapshot.articles.values()].map((doc) => memo(doc, article))),
    settings: publicSettings(snapshot.settings),
  }
}

function publicSettings(global: SiteSetting): PublicSettings {
  return {
    siteName: global.siteName,
    sponsor: global.sponsor,
    icp: global.icp ?? null,
    psb: global.psb ?? null,
    siteCode: global.siteCode ?? null,
    contact: { phone: global.contact?.phone ?? null, email: global.contact?.email ?? null, address: global.contact?.address ?? null },
  }
}
