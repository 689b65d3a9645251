/**
 * What residents may see, derived from a snapshot of published documents: relations are
 * resolved against the snapshot, rich text is turned into HTML, images into the files the
 * site serves. Pure functions of the snapshot, so a page built from them changes exactly
 * when something it shows changed.
 */
import type { Area, Article, Figure, Handbook, Media, Place, Regulation, SiteSetting, Street } from '../../contract/payload-types.ts'
import {
  AREA_KINDS,
  ARTICLE_COLUMNS,
  HONOUR_KINDS,
  labelOf,
  PLACE_LEVELS,
  parseNumberList,
  REGULATION_STATUSES,
} from '../../contract/vocabulary.ts'
import { escapeHtml } from '../lib/html.ts'
import { chineseNumber } from '../lib/numerals.ts'
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
  /** The same picture at other widths, for srcset (the build copies them too). */
  alternates?: SiteImage[]
}

type SizeName = keyof NonNullable<Media['sizes']>
/** Thumbnails for cards and full-width heroes, each with a larger width for sharp screens. */
const CARD: SizeName[] = ['thumb', 'card']
const HERO: SizeName[] = ['heroSmall', 'hero']

/** The first of `names` the image has, with the others as alternates; the original when it has none. */
function responsive(media: Media, names: SizeName[]): SiteImage | null {
  const variants = names.map((name) => siteImage(media, name)).filter((image): image is SiteImage => image !== null)
  const [first, ...rest] = variants
  if (!first) return siteImage(media)
  return rest.length > 0 ? { ...first, alternates: rest } : first
}

/** Every file an image needs on the site: itself and its alternates. */
export const filesOf = (image: SiteImage): SiteImage[] => [image, ...(image.alternates ?? [])]

/** A link to another published item, with what a card or a list line shows of it. */
export interface ItemRef {
  slug: string
  title: string
  kicker: string
}

/** The area an item belongs to: its name, and the page listing everything there. */
export interface AreaRef {
  slug: string
  name: string
}

export interface PublicLocation {
  address: string
  lat: number | null
  lng: number | null
}

export interface PublicFigure {
  id: number
  slug: string
  /** Slugs the figure had when published before; their pages redirect here. */
  previousSlugs: string[]
  name: string
  honourTitle: string
  honourKind: string
  /** The stored value of honourKind: the key of its filter page. */
  honourKindValue: string
  area: string
  areaRef: AreaRef | null
  /** Streets and places the figure is linked with (either side of the link), published ones only. */
  streets: ItemRef[]
  places: ItemRef[]
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
  columnValue: string
  source: string
  author: string | null
  areas: string[]
  areaRefs: AreaRef[]
  bodyHtml: string
  updatedAt: string
  publishedAt: string
  cover: SiteImage | null
  /** The cover's 1200×630 crop, for share cards. */
  share: SiteImage | null
  images: SiteImage[]
}

export interface PublicSettings {
  siteName: string
  sponsor: string
  icp: string | null
  psb: string | null
  siteCode: string | null
  contact: { phone: string | null; email: string | null; address: string | null }
  /** 公益广告 on the home page; null when editors left it empty. */
  publicServiceAd: { text: string; link: string | null; image: SiteImage | null } | null
}

/** A themed street (kind 'street') or a civilization-practice place (kind 'place'). */
export interface PublicLocale {
  kind: 'street' | 'place'
  id: number
  slug: string
  previousSlugs: string[]
  name: string
  /** Streets: the official street name; places: the level (新时代文明实践站 …). */
  subtitle: string
  /** Places: the level's stored value, the key of its filter page. */
  levelValue: string | null
  theme: string | null
  summary: string
  area: string
  areaRef: AreaRef | null
  location: PublicLocation
  openingHours: string | null
  openedOn: string | null
  facilities: string[]
  storyHtml: string
  beforeHtml: string
  afterHtml: string
  cover: SiteImage | null
  card: SiteImage | null
  share: SiteImage | null
  /** The cover's original file, for print (not copied into the site). */
  printPhoto: SiteImage | null
  gallery: SiteImage[]
  figures: ItemRef[]
  updatedAt: string
  publishedAt: string
  images: SiteImage[]
}

export interface RegulationArticle {
  number: number
  section: string | null
  text: string
  /** 温馨提示语: printed as a sign when set. */
  reminder: string | null
}

export interface PublicRegulation {
  id: number
  slug: string
  previousSlugs: string[]
  title: string
  issuingBody: string
  status: string
  adoptedOn: string | null
  effectiveOn: string | null
  preamble: string | null
  chapters: { number: number; title: string | null; articles: RegulationArticle[] }[]
  area: string
  areaRef: AreaRef | null
  updatedAt: string
  publishedAt: string
}

export interface PublicArea {
  id: number
  slug: string
  name: string
  kind: string
  description: string | null
  parent: AreaRef | null
  /** Slugs of this area and every area below it: what its page gathers. */
  within: string[]
}

/** One part of a handbook: a regulation (or chosen chapters and articles of it), a figure, a street, a place or an article. */
export interface HandbookSection {
  kind: 'regulation' | 'figure' | 'street' | 'place' | 'article'
  /** In the table of contents and the running head. */
  heading: string
  kicker: string
  /** The online page the section's QR code leads to (site path). */
  path: string
  lead: string | null
  facts: { label: string; value: string }[]
  html: string
  /** The original photo, for print. */
  photo: SiteImage | null
}

export interface PublicHandbook {
  id: number
  slug: string
  previousSlugs: string[]
  title: string
  subtitle: string | null
  trim: 'a5' | 'book32'
  forewordHtml: string
  cover: SiteImage | null
  sections: HandbookSection[]
  /** Chosen items that are not published (left out), for the build log. */
  left: number
  area: string
  updatedAt: string
  publishedAt: string
}

export interface PublicContent {
  figures: PublicFigure[]
  articles: PublicArticle[]
  streets: PublicLocale[]
  places: PublicLocale[]
  regulations: PublicRegulation[]
  handbooks: PublicHandbook[]
  areas: PublicArea[]
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
const reverseLinks = new WeakMap<object, Map<number, string>>()

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
  const areaRef = (value: unknown): AreaRef | null => {
    const area = lookup(snapshot.areas, value)
    return area ? { slug: area.slug ?? String(area.id), name: area.name } : null
  }
  const refs = <T extends { slug?: string | null; id: number }>(
    map: Map<number, T>,
    values: unknown[] | null | undefined,
    show: (doc: T) => Omit<ItemRef, 'slug'>,
  ): ItemRef[] =>
    (values ?? [])
      .map((value) => lookup(map, value))
      .filter((doc): doc is T => doc !== null)
      .map((doc) => ({ slug: doc.slug ?? String(doc.id), ...show(doc) }))
  const streetRef = (doc: Street) => ({ title: doc.name, kicker: doc.officialName })
  const placeRef = (doc: Place) => ({ title: doc.name, kicker: labelOf(PLACE_LEVELS, doc.level ?? '') })
  const figureRef = (doc: Figure) => ({ title: doc.name, kicker: doc.honourTitle })
  // Who links to a figure from the other side: streets and places that feature it. Kept
  // in a map updated in place, with plain strings as values, so a memoised figure notices
  // (through its lookup) when a street starts or stops featuring it.
  const featuring = { streets: new Map<number, number[]>(), places: new Map<number, number[]>() }
  for (const kind of ['streets', 'places'] as const) {
    for (const doc of snapshot[kind].values()) {
      for (const value of doc.featuredFigures ?? []) {
        const figureId = relationId(value)
        if (figureId !== null) featuring[kind].set(figureId, [...(featuring[kind].get(figureId) ?? []), doc.id])
      }
    }
  }
  let links = reverseLinks.get(snapshot)
  if (!links) {
    links = new Map()
    reverseLinks.set(snapshot, links)
  }
  const fresh = new Map<number, string>()
  for (const id of new Set([...featuring.streets.keys(), ...featuring.places.keys()]))
    fresh.set(id, `${featuring.streets.get(id)?.join(',') ?? ''}|${featuring.places.get(id)?.join(',') ?? ''}`)
  for (const id of links.keys()) if (!fresh.has(id)) links.delete(id)
  for (const [id, value] of fresh) links.set(id, value)
  const linkMap = links
  const uniqueRefs = (items: ItemRef[]) => [...new Map(items.map((item) => [item.slug, item])).values()]
  const bodyImage = (images: SiteImage[]) => (value: unknown) => {
    const doc = media(value)
    const image = doc ? responsive(doc, HERO) : null
    if (image) images.push(image)
    return image
  }

  const figure = (doc: Figure): PublicFigure => {
    // Tracked, so this figure is derived again when a street or place starts or stops featuring it.
    lookup(linkMap, doc.id)
    const portraitDoc = media(doc.portrait)
    const original = portraitDoc ? siteImage(portraitDoc) : null
    const portrait =
      portraitDoc && original
        ? {
            original,
            card: responsive(portraitDoc, CARD) ?? original,
            hero: responsive(portraitDoc, HERO) ?? original,
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
      honourKindValue: doc.honourKind,
      area: areaName(doc.area) ?? '',
      areaRef: areaRef(doc.area),
      streets: uniqueRefs([
        ...refs(snapshot.streets, doc.relatedStreets, streetRef),
        ...refs(snapshot.streets, featuring.streets.get(doc.id), streetRef),
      ]),
      places: uniqueRefs([
        ...refs(snapshot.places, doc.relatedPlaces, placeRef),
        ...refs(snapshot.places, featuring.places.get(doc.id), placeRef),
      ]),
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
    const cover = coverDoc ? responsive(coverDoc, HERO) : null
    const share = coverDoc ? siteImage(coverDoc, 'share') : null
    const images: SiteImage[] = [cover, share].filter((image): image is SiteImage => image !== null)
    return {
      id: doc.id,
      slug: doc.slug ?? String(doc.id),
      previousSlugs: (doc.previousSlugs ?? []).map((entry) => entry.slug),
      title: doc.title,
      lead: doc.lead,
      column: labelOf(ARTICLE_COLUMNS, doc.column),
      columnValue: doc.column,
      source: doc.source,
      author: doc.author ?? null,
      areas: (doc.areas ?? []).map(areaName).filter((name): name is string => name !== null),
      areaRefs: (doc.areas ?? []).map(areaRef).filter((ref): ref is AreaRef => ref !== null),
      bodyHtml: renderRichText(doc.body, { image: bodyImage(images) }),
      updatedAt: doc.updatedAt,
      publishedAt: doc.publishedAt ?? doc.createdAt,
      cover,
      share,
      images,
    }
  }

  const locale = (kind: 'street' | 'place', doc: Street | Place): PublicLocale => {
    const images: SiteImage[] = []
    const coverDoc = media(doc.cover)
    const cover = coverDoc ? responsive(coverDoc, HERO) : null
    if (cover) images.push(cover)
    const card = coverDoc ? (responsive(coverDoc, CARD) ?? cover) : null
    if (card && card.filename !== cover?.filename) images.push(card)
    const share = coverDoc ? siteImage(coverDoc, 'share') : null
    if (share) images.push(share)
    const gallery = (doc.gallery ?? [])
      .map((value) => media(value))
      .map((item) => (item ? responsive(item, CARD) : null))
      .filter((image): image is SiteImage => image !== null)
    images.push(...gallery)
    const place = kind === 'place' ? (doc as Place) : null
    const street = kind === 'street' ? (doc as Street) : null
    const rich = (value: unknown) => (value ? renderRichText(value as Street['story'], { image: bodyImage(images) }) : '')
    return {
      kind,
      id: doc.id,
      slug: doc.slug ?? String(doc.id),
      previousSlugs: (doc.previousSlugs ?? []).map((entry) => entry.slug),
      name: doc.name,
      subtitle: street ? street.officialName : labelOf(PLACE_LEVELS, place?.level ?? ''),
      levelValue: place?.level ?? null,
      theme: street?.theme ?? null,
      summary: doc.summary,
      area: areaName(doc.area) ?? '',
      areaRef: areaRef(doc.area),
      location: { address: doc.location.address, lat: doc.location.lat ?? null, lng: doc.location.lng ?? null },
      openingHours: place?.openingHours ?? null,
      openedOn: place?.openedOn ?? null,
      facilities: (place?.facilities ?? [])
        .map((value) => lookup(snapshot.facilities, value)?.name ?? null)
        .filter((name): name is string => name !== null),
      storyHtml: street ? rich(street.story) : '',
      beforeHtml: place ? rich(place.story?.before) : '',
      afterHtml: place ? rich(place.story?.after) : '',
      cover,
      card,
      share,
      printPhoto: coverDoc ? siteImage(coverDoc) : null,
      gallery,
      figures: refs(snapshot.figures, doc.featuredFigures, figureRef),
      updatedAt: doc.updatedAt,
      publishedAt: doc.publishedAt ?? doc.createdAt,
      images,
    }
  }

  const regulation = (doc: Regulation): PublicRegulation => ({
    id: doc.id,
    slug: doc.slug ?? String(doc.id),
    previousSlugs: (doc.previousSlugs ?? []).map((entry) => entry.slug),
    title: doc.title,
    issuingBody: doc.issuingBody,
    status: labelOf(REGULATION_STATUSES, doc.legalStatus),
    adoptedOn: doc.adoptedOn ?? null,
    effectiveOn: doc.effectiveOn ?? null,
    preamble: doc.preamble ?? null,
    chapters: (doc.chapters ?? []).map((chapter) => ({
      number: chapter.number,
      title: chapter.title ?? null,
      articles: (chapter.articles ?? []).map((item) => ({
        number: item.number,
        section: item.section ?? null,
        text: item.text,
        reminder: item.reminder?.trim() || null,
      })),
    })),
    area: areaName(doc.area) ?? '',
    areaRef: areaRef(doc.area),
    updatedAt: doc.updatedAt,
    publishedAt: doc.publishedAt ?? doc.createdAt,
  })

  const figures = byNewest([...snapshot.figures.values()].map((doc) => memo(doc, figure)))
  const articles = byNewest([...snapshot.articles.values()].map((doc) => memo(doc, article)))
  const streets = byNewest([...snapshot.streets.values()].map((doc) => memo(doc, (item) => locale('street', item))))
  const places = byNewest([...snapshot.places.values()].map((doc) => memo(doc, (item) => locale('place', item))))
  const regulations = byNewest([...snapshot.regulations.values()].map((doc) => memo(doc, regulation)))
  const byId = <T extends { id: number }>(items: T[]) => new Map(items.map((item) => [item.id, item]))
  const published = {
    figures: byId(figures),
    articles: byId(articles),
    streets: byId(streets),
    places: byId(places),
    regulations: byId(regulations),
  }
  const handbooks = byNewest(
    [...snapshot.handbooks.values()].map((doc) => {
      const coverId = relationId(doc.cover)
      const cover = coverId === null ? null : (snapshot.media.get(coverId) ?? null)
      const deps = [
        cover,
        ...(doc.sections ?? []).map((row: NonNullable<Handbook['sections']>[number]) => sectionSource(published, row.item)),
      ]
      const known = handbookCache.get(doc)
      if (known && known.deps.length === deps.length && known.deps.every((dep, index) => dep === deps[index])) return known.value
      const value = handbook(doc, published, cover ? siteImage(cover) : null)
      handbookCache.set(doc, { deps, value })
      return value
    }),
  )

  return {
    figures,
    articles,
    streets,
    places,
    regulations,
    handbooks,
    areas: publicAreas(snapshot.areas),
    settings: publicSettings(snapshot.settings, (value) => {
      const doc = media(value)
      return doc ? responsive(doc, CARD) : null
    }),
  }
}

type Published = {
  figures: Map<number, PublicFigure>
  articles: Map<number, PublicArticle>
  streets: Map<number, PublicLocale>
  places: Map<number, PublicLocale>
  regulations: Map<number, PublicRegulation>
}

/** Handbooks, kept while the document and every item and image it shows are the same objects. */
const handbookCache = new WeakMap<object, { deps: unknown[]; value: PublicHandbook }>()

type SectionItem = NonNullable<Handbook['sections']>[number]['item']

/** The published item a handbook row points at, or null when it is not published. */
function sectionSource(published: Published, item: SectionItem): PublicFigure | PublicArticle | PublicLocale | PublicRegulation | null {
  const id = relationId(item.value)
  if (id === null) return null
  return published[item.relationTo].get(id) ?? null
}

function regulationSection(regulation: PublicRegulation, chapters: string | null | undefined, articles: string | null | undefined) {
  // Chosen when saved (the field validates); a number list that no longer parses prints the whole text.
  const pick = (text: string | null | undefined) => {
    try {
      return parseNumberList(text)
    } catch {
      return null
    }
  }
  const wantedChapters = pick(chapters)
  const wantedArticles = pick(articles)
  const whole = !wantedChapters && !wantedArticles
  const parts: string[] = []
  if (whole && regulation.preamble) parts.push(`<p class="preamble">${escapeHtml(regulation.preamble)}</p>`)
  for (const chapter of regulation.chapters) {
    if (wantedChapters && !wantedChapters.includes(chapter.number)) continue
    const items = chapter.articles.filter((item) => !wantedArticles || wantedArticles.includes(item.number))
    if (items.length === 0) continue
    if (chapter.number > 0)
      parts.push(`<h3>第${chineseNumber(chapter.number)}章${chapter.title ? ` ${escapeHtml(chapter.title)}` : ''}</h3>`)
    for (const item of items) {
      parts.push(`<p class="tiao"><strong>第${chineseNumber(item.number)}条</strong> ${escapeHtml(item.text)}</p>`)
    }
  }
  return parts.join('')
}

function handbook(doc: Handbook, published: Published, cover: SiteImage | null): PublicHandbook {
  const sections: HandbookSection[] = []
  let left = 0
  for (const row of doc.sections ?? []) {
    const source = sectionSource(published, row.item)
    if (!source) {
      left++
      continue
    }
    const heading = (title: string) => row.heading?.trim() || title
    switch (row.item.relationTo) {
      case 'regulations': {
        const regulation = source as PublicRegulation
        const html = regulationSection(regulation, row.chapters, row.articles)
        if (!html) {
          left++
          continue
        }
        const facts = [
          { label: '发布机关', value: regulation.issuingBody },
          { label: '效力', value: regulation.status },
          ...(regulation.effectiveOn ? [{ label: '施行日期', value: regulation.effectiveOn.slice(0, 10) }] : []),
        ]
        sections.push({
          kind: 'regulation',
          heading: heading(regulation.title),
          kicker: '法规',
          path: paths.regulation(regulation.slug),
          lead: null,
          facts,
          html,
          photo: null,
        })
        break
      }
      case 'figures': {
        const figure = source as PublicFigure
        sections.push({
          kind: 'figure',
          heading: heading(figure.name),
          kicker: `${figure.honourKind} · ${figure.honourTitle}`,
          path: paths.figure(figure.slug),
          lead: figure.summary,
          facts: figure.area ? [{ label: '所在区域', value: figure.area }] : [],
          html: figure.storyHtml,
          photo: figure.portrait?.original ?? null,
        })
        break
      }
      case 'streets':
      case 'places': {
        const locale = source as PublicLocale
        const street = locale.kind === 'street'
        sections.push({
          kind: locale.kind,
          heading: heading(locale.name),
          kicker: street ? `特色街巷 · ${locale.subtitle}` : locale.subtitle,
          path: street ? paths.street(locale.slug) : paths.place(locale.slug),
          lead: locale.summary,
          facts: [
            { label: '地址', value: locale.location.address },
            ...(locale.openingHours ? [{ label: '开放时间', value: locale.openingHours }] : []),
          ],
          html: street
            ? locale.storyHtml
            : [locale.beforeHtml && `<h3>以前</h3>${locale.beforeHtml}`, locale.afterHtml && `<h3>现在</h3>${locale.afterHtml}`]
                .filter(Boolean)
                .join(''),
          photo: locale.printPhoto,
        })
        break
      }
      case 'articles': {
        const article = source as PublicArticle
        sections.push({
          kind: 'article',
          heading: heading(article.title),
          kicker: `${article.column} · 来源：${article.source}`,
          path: paths.article(article.slug),
          lead: article.lead,
          facts: [],
          html: article.bodyHtml,
          photo: null,
        })
        break
      }
    }
  }
  return {
    id: doc.id,
    slug: doc.slug ?? String(doc.id),
    previousSlugs: (doc.previousSlugs ?? []).map((entry) => entry.slug),
    title: doc.title,
    subtitle: doc.subtitle ?? null,
    trim: doc.trimSize === 'book32' ? 'book32' : 'a5',
    forewordHtml: doc.foreword ? renderRichText(doc.foreword) : '',
    cover,
    sections,
    left,
    area: '',
    updatedAt: doc.updatedAt,
    publishedAt: doc.publishedAt ?? doc.createdAt,
  }
}

/** Areas in district order (街道 and 镇 by name, each followed by what lies within it). */
function publicAreas(areas: Map<number, Area>): PublicArea[] {
  const slugOf = (area: Area) => area.slug ?? String(area.id)
  const children = new Map<number | null, Area[]>()
  for (const area of areas.values()) {
    const parent = relationId(area.parent)
    const key = parent !== null && areas.has(parent) ? parent : null
    children.set(key, [...(children.get(key) ?? []), area])
  }
  const result: PublicArea[] = []
  const visit = (area: Area, parent: Area | null, seen: Set<number>): string[] => {
    if (seen.has(area.id)) return []
    seen.add(area.id)
    const entry: PublicArea = {
      id: area.id,
      slug: slugOf(area),
      name: area.name,
      kind: labelOf(AREA_KINDS, area.kind),
      description: area.description ?? null,
      parent: parent ? { slug: slugOf(parent), name: parent.name } : null,
      within: [slugOf(area)],
    }
    result.push(entry)
    const below = (children.get(area.id) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
    for (const child of below) entry.within.push(...visit(child, area, seen))
    return entry.within
  }
  const seen = new Set<number>()
  for (const top of (children.get(null) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))) visit(top, null, seen)
  return result
}

function publicSettings(global: SiteSetting, image: (value: unknown) => SiteImage | null): PublicSettings {
  const ad = global.publicServiceAd
  return {
    publicServiceAd: ad?.text ? { text: ad.text, link: ad.link ?? null, image: ad.image ? image(ad.image) : null } : null,
    siteName: global.siteName,
    sponsor: global.sponsor,
    icp: global.icp ?? null,
    psb: global.psb ?? null,
    siteCode: global.siteCode ?? null,
    contact: { phone: global.contact?.phone ?? null, email: global.contact?.email ?? null, address: global.contact?.address ?? null },
  }
}
