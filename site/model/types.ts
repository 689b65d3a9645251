/** The shapes of what residents may see: published documents made public. */
import type { PublicSurvey } from '../../contract/surveys.ts'
import type { BallotCandidate } from '../islands/electionTypes.ts'
import type { RichText, RichTextImage } from '../lib/richText.ts'

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
  story: RichText
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
  body: RichText
  updatedAt: string
  publishedAt: string
  cover: SiteImage | null
  /** The cover's 1200×630 crop, for share cards. */
  share: SiteImage | null
  images: SiteImage[]
}

/** 留言答复: a resident's question (personal data removed) and the published answer. */
export interface PublicReply {
  id: number
  slug: string
  title: string
  kind: string
  question: string
  reply: string
  department: string
  /** 受理日期 and 答复日期 (ISO instants). */
  receivedAt: string
  repliedAt: string
  updatedAt: string
  publishedAt: string
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

/** A venue: somewhere a resident can walk to, a themed street (kind 'street', 特色街巷) or a civilization-practice place (kind 'place', 文明实践阵地). */
export interface PublicVenue {
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
  /** A street's story; a place's story before and after it opened. */
  story: RichText
  before: RichText
  after: RichText
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
  body: SectionBody
  /** The original photo, for print. */
  photo: SiteImage | null
}

/** A part of a story, with its own heading (以前, 现在) or none. */
export interface StoryPart {
  heading: string | null
  text: RichText
}

/** What a handbook section prints: stories, or the chosen part of a regulation. */
export type SectionBody =
  | { kind: 'text'; parts: StoryPart[] }
  | {
      kind: 'regulation'
      preamble: string | null
      /** Chapter 0 holds articles outside any chapter. */
      chapters: { number: number; title: string | null; articles: { number: number; text: string }[] }[]
    }

export interface PublicHandbook {
  id: number
  slug: string
  previousSlugs: string[]
  title: string
  subtitle: string | null
  trim: 'a5' | 'book32'
  foreword: RichText
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
  streets: PublicVenue[]
  places: PublicVenue[]
  regulations: PublicRegulation[]
  handbooks: PublicHandbook[]
  replies: PublicReply[]
  /** 民意征集: published surveys, newest opening first. */
  surveys: PublicSurvey[]
  /** 评选: published ones, newest opening first; candidates resolved to published figures. */
  elections: PublicElection[]
  /** 活动: published ones that have not ended by the build, soonest first. */
  events: PublicEvent[]
  /** 文明课单: published items of published places, by place. */
  serviceItems: PublicServiceItem[]
  areas: PublicArea[]
  settings: PublicSettings
}

/** A 评选 as its page shows it; the result is asked of the API (it appears only after the close). */
export interface PublicElection {
  id: number
  slug: string
  title: string
  intro: string | null
  opensAt: string
  closesAt: string
  area: string | null
  choices: number
  rules: string
  candidates: BallotCandidate[]
}

/** An event as its page shows it: the time the Chinese way, the place with its map link, the places left as of the build. */
export interface PublicEvent {
  id: number
  slug: string
  title: string
  kind: string
  startsAt: string
  endsAt: string
  /** 2026年12月3日 星期四 14:00–16:00 */
  timeText: string
  summary: string
  body: string | null
  capacity: number
  /** Places left when the site was built (the page asks the API for the number now). */
  placesLeft: number
  place: { name: string; slug: string | null; address: string; area: string; lat: number | null; lng: number | null } | null
  cover: SiteImage | null
  card: SiteImage | null
  updatedAt: string
}

/** A published 课单 with its published place, as the menu and its order page show it. */
export interface PublicServiceItem {
  id: number
  slug: string
  title: string
  kind: string
  summary: string
  duration: number
  capacity: number
  leadDays: number
  bookableFrom: string | null
  bookableUntil: string | null
  bookingNote: string | null
  place: { id: number; slug: string; name: string; address: string | null }
  area: string | null
  updatedAt: string
}
