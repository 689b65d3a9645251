/**
 * What a poster or leaflet shows of a figure, a themed street or a practice place: one
 * shape for all three, so every layout serves every kind. Data only: the print studio
 * makes the story's markup (site/print/subjects.tsx).
 */
import type { SubjectKind } from '../../contract/print.ts'
import { byIdentity } from '../lib/memo.ts'
import { absoluteUrl, paths } from '../settings.ts'
import { venueStory } from './documents.ts'
import type { PublicFigure, PublicRegulation, PublicVenue, SiteImage, StoryPart } from './types.ts'

export interface SubjectData {
  kind: SubjectKind
  slug: string
  /** The online page the QR code leads to. */
  url: string
  /** Small line above the title: 身边好人, 特色街巷, 新时代文明实践站 … */
  kicker: string
  /** The large line: the honour title of a figure, the theme or level of a venue. */
  title: string
  name: string
  summary: string
  /** Short facts printed as a list: 地址, 开放时间 … */
  facts: { label: string; value: string }[]
  story: StoryPart[]
  /** The original photo, resized for print at its printed size. */
  photo: SiteImage | null
  area: string
  updatedAt: string
}

/** The same subject object while the derived document is the same object (keys digest it by reference). */
export const figureSubject = byIdentity(
  (figure: PublicFigure): SubjectData => ({
    kind: 'figure',
    slug: figure.slug,
    url: absoluteUrl(paths.figure(figure.slug)),
    kicker: figure.honourKind,
    title: figure.honourTitle,
    name: figure.name,
    summary: figure.summary,
    facts: [
      ...(figure.area ? [{ label: '所在区域', value: figure.area }] : []),
      ...(figure.yearHonoured ? [{ label: '获评年份', value: `${figure.yearHonoured}年` }] : []),
    ],
    story: [{ heading: null, text: figure.story }],
    photo: figure.portrait?.original ?? null,
    area: figure.area,
    updatedAt: figure.updatedAt,
  }),
)

export const venueSubject = byIdentity((venue: PublicVenue): SubjectData => {
  const street = venue.kind === 'street'
  return {
    kind: venue.kind,
    slug: venue.slug,
    url: absoluteUrl(street ? paths.street(venue.slug) : paths.place(venue.slug)),
    kicker: street ? '特色街巷' : '新时代文明实践',
    title: street ? (venue.theme ? `${venue.theme}主题街巷` : venue.subtitle) : venue.subtitle,
    name: venue.name,
    summary: venue.summary,
    facts: [
      ...(street && venue.subtitle ? [{ label: '街巷', value: venue.subtitle }] : []),
      { label: '地址', value: venue.location.address },
      ...(venue.openingHours ? [{ label: '开放时间', value: venue.openingHours }] : []),
      ...(venue.facilities.length > 0 ? [{ label: '设施', value: venue.facilities.join('、') }] : []),
    ],
    story: venueStory(venue),
    photo: venue.printPhoto,
    area: venue.area,
    updatedAt: venue.updatedAt,
  }
})

export interface Sign {
  regulationSlug: string
  regulationTitle: string
  articleNumber: number
  reminder: string
  /** The article's text, printed small under the citation. */
  articleText: string
  updatedAt: string
}

/** The signs of a regulation: one for each of its articles that has a reminder. */
export function signsOf(regulation: PublicRegulation): Sign[] {
  return regulation.chapters
    .flatMap((chapter) => chapter.articles)
    .filter((article) => article.reminder)
    .map((article) => ({
      regulationSlug: regulation.slug,
      regulationTitle: regulation.title,
      articleNumber: article.number,
      reminder: article.reminder as string,
      articleText: article.text,
      updatedAt: regulation.updatedAt,
    }))
}

/** What a page's share card says (drawn by print/share.ts). */
export interface ShareCard {
  /** The section, large: 人物, 法规 … */
  title: string
  /** One line under it. */
  subtitle: string
  siteName: string
  sponsor: string
}
