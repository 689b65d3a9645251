/** Handbooks (手册): sections drawn from published items, kept while every item and image they show is the same. */
import type { Handbook } from '../../contract/payload-types.ts'
import { parseNumberList } from '../../contract/vocabulary.ts'
import { NO_RICH_TEXT } from '../lib/richText.ts'
import type { Snapshot } from '../loaders/cms.ts'
import { paths } from '../settings.ts'
import { byNewest, relationId } from './derive.ts'
import { venueStory } from './documents.ts'
import { siteImage } from './images.ts'
import type {
  HandbookSection,
  PublicArticle,
  PublicFigure,
  PublicHandbook,
  PublicRegulation,
  PublicVenue,
  SectionBody,
  SiteImage,
} from './types.ts'

export type Published = {
  figures: Map<number, PublicFigure>
  articles: Map<number, PublicArticle>
  streets: Map<number, PublicVenue>
  places: Map<number, PublicVenue>
  regulations: Map<number, PublicRegulation>
}

/** Handbooks, kept while the document and every item and image it shows are the same objects. */
const handbookCache = new WeakMap<object, { deps: unknown[]; value: PublicHandbook }>()

type SectionItem = NonNullable<Handbook['sections']>[number]['item']

/** The published item a handbook row points at, or null when it is not published. */
function sectionSource(published: Published, item: SectionItem): PublicFigure | PublicArticle | PublicVenue | PublicRegulation | null {
  const id = relationId(item.value)
  if (id === null) return null
  return published[item.relationTo].get(id) ?? null
}

/** The part of a regulation a handbook row chose: the whole text, or some chapters or articles; null when nothing is left. */
function regulationBody(
  regulation: PublicRegulation,
  chapters: string | null | undefined,
  articles: string | null | undefined,
): SectionBody | null {
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
  const chosen = regulation.chapters
    .filter((chapter) => !wantedChapters || wantedChapters.includes(chapter.number))
    .map((chapter) => ({
      number: chapter.number,
      title: chapter.title || null,
      articles: chapter.articles
        .filter((item) => !wantedArticles || wantedArticles.includes(item.number))
        .map((item) => ({ number: item.number, text: item.text })),
    }))
    .filter((chapter) => chapter.articles.length > 0)
  const preamble = whole && regulation.preamble ? regulation.preamble : null
  if (!preamble && chosen.length === 0) return null
  return { kind: 'regulation', preamble, chapters: chosen }
}

type SectionRow = NonNullable<Handbook['sections']>[number]

function regulationSectionOf(regulation: PublicRegulation, row: SectionRow, heading: string): HandbookSection | null {
  const body = regulationBody(regulation, row.chapters, row.articles)
  if (!body) return null
  return {
    kind: 'regulation',
    heading,
    kicker: '法规',
    path: paths.regulation(regulation.slug),
    lead: null,
    facts: [
      { label: '发布机关', value: regulation.issuingBody },
      { label: '效力', value: regulation.status },
      ...(regulation.effectiveOn ? [{ label: '施行日期', value: regulation.effectiveOn.slice(0, 10) }] : []),
    ],
    body,
    photo: null,
  }
}

function figureSectionOf(figure: PublicFigure, heading: string): HandbookSection {
  return {
    kind: 'figure',
    heading,
    kicker: `${figure.honourKind} · ${figure.honourTitle}`,
    path: paths.figure(figure.slug),
    lead: figure.summary,
    facts: figure.area ? [{ label: '所在区域', value: figure.area }] : [],
    body: { kind: 'text', parts: [{ heading: null, text: figure.story }] },
    photo: figure.portrait?.original ?? null,
  }
}

function venueSectionOf(venue: PublicVenue, heading: string): HandbookSection {
  const street = venue.kind === 'street'
  return {
    kind: venue.kind,
    heading,
    kicker: street ? `特色街巷 · ${venue.subtitle}` : venue.subtitle,
    path: street ? paths.street(venue.slug) : paths.place(venue.slug),
    lead: venue.summary,
    facts: [
      { label: '地址', value: venue.location.address },
      ...(venue.openingHours ? [{ label: '开放时间', value: venue.openingHours }] : []),
    ],
    body: { kind: 'text', parts: venueStory(venue) },
    photo: venue.printPhoto,
  }
}

function articleSectionOf(article: PublicArticle, heading: string): HandbookSection {
  return {
    kind: 'article',
    heading,
    kicker: `${article.column} · 来源：${article.source}`,
    path: paths.article(article.slug),
    lead: article.lead,
    facts: [],
    body: { kind: 'text', parts: [{ heading: null, text: article.body }] },
    photo: null,
  }
}

/** A handbook row's section, or null when its item is not published (or its chosen chapters and articles are gone). */
function sectionOf(published: Published, row: SectionRow): HandbookSection | null {
  const source = sectionSource(published, row.item)
  if (!source) return null
  const heading = (title: string) => row.heading?.trim() || title
  switch (row.item.relationTo) {
    case 'regulations': {
      const regulation = source as PublicRegulation
      return regulationSectionOf(regulation, row, heading(regulation.title))
    }
    case 'figures': {
      const figure = source as PublicFigure
      return figureSectionOf(figure, heading(figure.name))
    }
    case 'streets':
    case 'places': {
      const venue = source as PublicVenue
      return venueSectionOf(venue, heading(venue.name))
    }
    case 'articles': {
      const article = source as PublicArticle
      return articleSectionOf(article, heading(article.title))
    }
  }
}

function handbook(doc: Handbook, published: Published, cover: SiteImage | null): PublicHandbook {
  const rows = (doc.sections ?? []).map((row) => sectionOf(published, row))
  const sections = rows.filter((section): section is HandbookSection => section !== null)
  const left = rows.length - sections.length
  return {
    id: doc.id,
    slug: doc.slug ?? String(doc.id),
    previousSlugs: (doc.previousSlugs ?? []).map((entry) => entry.slug),
    title: doc.title,
    subtitle: doc.subtitle ?? null,
    trim: doc.trimSize === 'book32' ? 'book32' : 'a5',
    foreword: doc.foreword ? { state: doc.foreword, images: {} } : NO_RICH_TEXT,
    cover,
    sections,
    left,
    area: '',
    updatedAt: doc.updatedAt,
    publishedAt: doc.publishedAt ?? doc.createdAt,
  }
}

export function publicHandbooks(snapshot: Snapshot, published: Published): PublicHandbook[] {
  return byNewest(
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
}
