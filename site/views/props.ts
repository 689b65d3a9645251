/**
 * What each view is given: the props of every page the site renders, next to the views
 * that render them. The plan (site/plan/) fills them; the views only read them.
 */
import type { SubjectKind } from '../../contract/print.ts'
import type { PublicSurvey, SurveyState } from '../../contract/surveys.ts'
import type { Card, Crumb, FilterGroup, Pager } from '../components/types.ts'
import type { ElectionBallotProps } from '../islands/electionTypes.ts'
import type { EventSignupProps } from '../islands/eventTypes.ts'
import type { FieldEntryProps } from '../islands/fieldTypes.ts'
import type { OrderFormProps } from '../islands/orderTypes.ts'
import type { SurveyFormProps } from '../islands/surveyTypes.ts'
import type { IslandAssets, MessageFormProps, NominationFormProps, ReceiptLookupProps } from '../islands/types.ts'
import type {
  AreaRef,
  ItemRef,
  PublicArea,
  PublicArticle,
  PublicElection,
  PublicEvent,
  PublicFigure,
  PublicRegulation,
  PublicReply,
  PublicServiceItem,
  PublicSettings,
  PublicVenue,
  RegulationArticle,
} from '../model/types.ts'

export interface ListProps {
  path: string
  site: PublicSettings
  title: string
  description: string
  column: string
  crumbs: Crumb[]
  filters: FilterGroup[]
  cards: Card[]
  pager: Pager
  empty: string
  /** An RSS feed to point readers and feed readers at. */
  feed: string | null
}

/** 留言答复: one page of published answers, newest first. */
export interface RepliesProps {
  path: string
  site: PublicSettings
  title: string
  crumbs: Crumb[]
  replies: PublicReply[]
  pager: Pager
}

/**
 * The PDFs a page links that its build left for later (site/builds/holdBack.ts): the page
 * names them without a link until a later build has made them.
 */
export interface WaitingPdfs {
  waiting?: string[]
}
export interface HomeProps {
  site: PublicSettings
  figures: Card[]
  articles: Card[]
  notices: Card[]
  venues: Card[]
}
export interface FigureProps extends WaitingPdfs {
  site: PublicSettings
  figure: Omit<PublicFigure, 'images' | 'previousSlugs' | 'updatedAt' | 'id'>
}
export interface ArticleProps {
  site: PublicSettings
  article: Omit<PublicArticle, 'images' | 'previousSlugs' | 'updatedAt' | 'id'>
  /** The next newer and older article in the same column. */
  newer: ItemRef | null
  older: ItemRef | null
}
export interface VenueProps extends WaitingPdfs {
  site: PublicSettings
  venue: Omit<PublicVenue, 'images' | 'previousSlugs' | 'updatedAt' | 'id'>
}
export interface RegulationProps {
  site: PublicSettings
  regulation: Omit<PublicRegulation, 'previousSlugs' | 'updatedAt' | 'id'>
}
export interface RegulationArticleProps extends WaitingPdfs {
  site: PublicSettings
  regulation: Pick<PublicRegulation, 'slug' | 'title' | 'issuingBody' | 'status' | 'effectiveOn' | 'publishedAt'>
  chapter: { number: number; title: string | null } | null
  article: RegulationArticle
  previous: number | null
  next: number | null
}
export interface AreasProps {
  site: PublicSettings
  areas: (Pick<PublicArea, 'slug' | 'name' | 'kind'> & { depth: number; count: number })[]
}
export interface AreaProps {
  site: PublicSettings
  area: Omit<PublicArea, 'id' | 'within'>
  children: AreaRef[]
  sections: { heading: string; cards: Card[]; total: number; more: string | null }[]
}
export interface ScreenSlide {
  url: string
  kicker: string
  title: string
  text: string
  /** Every width of the photo in `srcset`; `width`×`height` are the largest one's, which it is never shown above. */
  image: { src: string; srcset: string; alt: string; width: number; height: number } | null
  /** The QR code of the story's absolute address: an SVG file of its own (site/lib/qr.ts). */
  qr: string
}
export interface ScreenDeck {
  version: string
  slides: ScreenSlide[]
}
export interface ScreenProps {
  site: PublicSettings
  slides: ScreenDeck
}
export interface PrintHandbookEntry {
  slug: string
  title: string
  subtitle: string | null
  paper: string
  href: string
  sections: number
  /** Known once the PDF is printed: the build fills it in before rendering the page. */
  pages: number | null
  /** The PDF's key: the page changes when the handbook does. */
  pdfKey: string
}
export interface PrintProps extends WaitingPdfs {
  site: PublicSettings
  sections: { title: string; href: string; count: number }[]
  handbooks: PrintHandbookEntry[]
  signs: { reminder: string; cite: string; href: string; article: string }[]
  /** 纸质问卷 of the published surveys, newest opening first. */
  questionnaires: { title: string; href: string; page: string; opensAt: string; closesAt: string; download: string }[]
  /** 文明课单: the district's menu and each place's, with their leaflet and poster. */
  menus: { name: string; page: string; prints: MenuPrintLink[] }[]
}
export interface PrintRow {
  kind: SubjectKind
  slug: string
  href: string
  name: string
  kicker: string
  area: string
}
export interface PrintListProps extends WaitingPdfs {
  site: PublicSettings
  path: string
  title: string
  rows: PrintRow[]
  pager: Pager
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

/** 留言咨询: the notice, and the form as an island (site/islands/). */
export interface MessageProps {
  site: PublicSettings
  /** The island bundle's files (site/islands/build.ts). */
  islands: IslandAssets
  form: MessageFormProps
}

/** 好人推荐: the notice, and the form as an island. */
export interface NominationProps {
  site: PublicSettings
  islands: IslandAssets
  form: NominationFormProps
}

export interface ReceiptProps {
  site: PublicSettings
  islands: IslandAssets
  lookup: ReceiptLookupProps
}

/** 征集调查: the surveys by their state when the site was built. */
export interface SurveyGroup {
  state: SurveyState
  heading: string
  surveys: { href: string; title: string; area: string | null; opensAt: string; closesAt: string }[]
}
export interface SurveysProps {
  site: PublicSettings
  title: string
  crumbs: Crumb[]
  groups: SurveyGroup[]
}

/** One survey: its dates and notice, and the form as an island. */
export interface SurveyProps extends WaitingPdfs {
  site: PublicSettings
  islands: IslandAssets
  crumbs: Crumb[]
  survey: Omit<PublicSurvey, 'questions'>
  /** The paper questionnaire's PDF (纸质问卷, A4). */
  questionnaire: string
  form: SurveyFormProps
}

/** One 评选: its notes and rules, and the ballot as an island. */
export interface ElectionProps {
  site: PublicSettings
  islands: IslandAssets
  crumbs: Crumb[]
  election: PublicElection
  ballot: ElectionBallotProps
}

/** 入户代填: the community workers' page (not listed, not indexed), its web app manifest and the island. */
export interface FieldProps {
  site: PublicSettings
  islands: IslandAssets
  manifest: string
  entry: FieldEntryProps
}

/** 活动: the events still to come, soonest first, with the calendar feed and RSS. */
export interface EventsProps {
  site: PublicSettings
  crumbs: Crumb[]
  events: PublicEvent[]
}

/** One event: time, place with its map link, the notice, the sign-up island and the calendar file. */
export interface EventProps {
  site: PublicSettings
  islands: IslandAssets
  crumbs: Crumb[]
  event: PublicEvent
  signup: EventSignupProps
}

/** 文明课单: one item on a menu. */
export interface ServiceCard {
  href: string
  title: string
  kind: string
  summary: string
  duration: number
  capacity: number
  place: string
  placeHref: string
}
/** The district's menu, or one place's. */
export interface ServicesProps extends WaitingPdfs {
  site: PublicSettings
  path: string
  title: string
  crumbs: Crumb[]
  cards: ServiceCard[]
  /** The menu's A5 leaflet and A4 poster. */
  prints: MenuPrintLink[]
}
/** A menu's printed piece: its name, paper, file and download name. */
export interface MenuPrintLink {
  label: string
  paper: string
  href: string
  download: string
}
/** One 课单: what it is, how to book it, and the order form as an island. */
export interface ServiceItemProps {
  site: PublicSettings
  islands: IslandAssets
  crumbs: Crumb[]
  item: PublicServiceItem
  form: OrderFormProps
}

export interface ViewProps {
  HomePage: HomeProps
  ListPage: ListProps
  FigurePage: FigureProps
  ArticlePage: ArticleProps
  VenuePage: VenueProps
  RegulationPage: RegulationProps
  RegulationArticlePage: RegulationArticleProps
  AreasPage: AreasProps
  AreaPage: AreaProps
  RedirectPage: RedirectProps
  NotFoundPage: NotFoundProps
  SearchPage: SearchProps
  ScreenPage: ScreenProps
  PrintPage: PrintProps
  PrintListPage: PrintListProps
  RepliesPage: RepliesProps
  MessagePage: MessageProps
  NominationPage: NominationProps
  ReceiptPage: ReceiptProps
  SurveysPage: SurveysProps
  SurveyPage: SurveyProps
  ElectionPage: ElectionProps
  EventsPage: EventsProps
  EventPage: EventProps
  FieldPage: FieldProps
  ServicesPage: ServicesProps
  ServiceItemPage: ServiceItemProps
}
export type ViewName = keyof ViewProps
