import { config } from '../contract/config.ts'
import { electionPath } from '../contract/elections.ts'
import { EVENTS_CALENDAR_PATH, EVENTS_FEED_PATH, eventIcsPath, eventPath } from '../contract/events.ts'

/** The district every page and printed piece speaks for; the rest comes from site settings in the CMS. */
export const DISTRICT = '太原市杏花岭区'

/** Absolute origin residents reach the site at; QR codes and share cards point here. */
export function siteOrigin(): string {
  return config().siteOrigin
}

export function absoluteUrl(pathname: string): string {
  return new URL(pathname, `${siteOrigin()}/`).toString()
}

export const paths = {
  articles: '/articles/',
  article: (slug: string) => `/articles/${slug}/`,
  articlesInColumn: (column: string) => `/articles/column/${column}/`,
  articlesInYear: (year: string) => `/articles/year/${year}/`,
  /** The articles' RSS feed. */
  articlesFeed: '/articles/rss.xml',
  figures: '/figures/',
  figure: (slug: string) => `/figures/${slug}/`,
  figuresOfKind: (kind: string) => `/figures/kind/${kind}/`,
  streets: '/streets/',
  street: (slug: string) => `/streets/${slug}/`,
  places: '/places/',
  place: (slug: string) => `/places/${slug}/`,
  placesOfLevel: (level: string) => `/places/level/${level}/`,
  regulations: '/regulations/',
  regulation: (slug: string) => `/regulations/${slug}/`,
  /** One article (条) of a regulation, on its own page: what a share link points at. */
  regulationArticle: (slug: string, number: number) => `/regulations/${slug}/articles/${number}/`,
  /** The same article's anchor in the full text. */
  regulationAnchor: (number: number) => `tiao-${number}`,
  areas: '/areas/',
  area: (slug: string) => `/areas/${slug}/`,
  /** 留言答复: residents' questions and the published answers. */
  replies: '/replies/',
  /** 我要留言: the 留言/咨询 form (an island). */
  messageForm: '/messages/',
  /** 推荐身边好人: the 好人推荐 form (an island). */
  nominationForm: '/nominations/',
  /** 查询回执: what a receipt code opens, and its withdrawal (an island). */
  receipt: '/messages/receipt/',
  /** 征集调查: the surveys, open ones first. */
  surveys: '/surveys/',
  /** One survey: its notice and its form (an island). */
  survey: (slug: string) => `/surveys/${slug}/`,
  /** 文明课单: the district's menu, a place's, and one 课单 with its order form (an island). */
  services: '/services/',
  servicePlace: (placeSlug: string) => `/services/${placeSlug}/`,
  serviceItem: (placeSlug: string, slug: string) => `/services/${placeSlug}/${slug}/`,
  /** 评选: the ballot (a slip's QR code adds ?code=) and, after the close, the result. */
  election: electionPath,
  /** 活动: upcoming events, each with its page and calendar file; the calendar feed and RSS of them all. */
  events: '/events/',
  event: eventPath,
  eventIcs: eventIcsPath,
  eventsCalendar: EVENTS_CALENDAR_PATH,
  eventsFeed: EVENTS_FEED_PATH,
  screen: '/screen/',
  search: '/search/',
  /** 打印与下载: every print product. */
  print: '/print/',
  /** An uploaded file's address: its name percent-encoded, so 第1#图 100%.png loads (and does not split a srcset). */
  media: (filename: string) => `/media/${encodeURIComponent(filename)}`,
}

/**
 * Each section's own share card (site/print/share.ts): the picture a chat app shows for a
 * page that has no photo of its own, chosen by the page's address.
 */
export const SHARE_SECTIONS = [
  { prefix: '/figures/', image: '/share/figures.jpg', title: '人物', subtitle: '最美人物 · 身边好人 · 道德模范' },
  { prefix: '/streets/', image: '/share/streets.jpg', title: '特色街巷', subtitle: '杏花岭区主题街巷' },
  { prefix: '/places/', image: '/share/places.jpg', title: '文明实践阵地', subtitle: '新时代文明实践中心、所、站、点' },
  { prefix: '/articles/', image: '/share/articles.jpg', title: '文章', subtitle: '创城动态 · 文明实践 · 通知公告' },
  { prefix: '/regulations/', image: '/share/regulations.jpg', title: '法规', subtitle: '条例全文，逐条查看和分享' },
  { prefix: '/areas/', image: '/share/areas.jpg', title: '区域', subtitle: '各街道、镇和社区' },
  { prefix: '/replies/', image: '/share/replies.jpg', title: '留言答复', subtitle: '居民留言与部门答复' },
  { prefix: '/search/', image: '/share/search.jpg', title: '搜索', subtitle: '人物、街巷、阵地、文章和法规' },
  { prefix: '/', image: '/share/home.jpg', title: DISTRICT, subtitle: '身边好人 · 特色街巷 · 文明实践' },
] as const

export function sectionShareImage(pathname: string): { src: string; width: number; height: number; alt: string } {
  // The last section ('/') matches every address.
  const section = SHARE_SECTIONS.find((candidate) => pathname.startsWith(candidate.prefix)) as (typeof SHARE_SECTIONS)[number]
  return { src: section.image, width: 1200, height: 630, alt: `${section.title}：${section.subtitle}` }
}
