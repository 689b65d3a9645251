/**
 * The site as a list of output files, each with the exact data it is made from. A file's
 * key is a digest of that data plus the code version: an incremental build renders only
 * files whose key changed and reuses the rest byte for byte, so it needs no hand-kept
 * dependency graph — a list page's data holds only what its cards show, so editing a story
 * re-renders the story's page and PDF, not the lists.
 */
import { createHash } from 'node:crypto'
import {
  HANDBOOK_PAPER,
  handbookPath,
  productPath,
  SUBJECT_PRODUCTS,
  SUBJECT_SECTION,
  type SubjectKind,
  type SubjectProduct,
  signPath,
} from '../../contract/print.ts'
import { HONOUR_KINDS, PLACE_LEVELS } from '../../contract/vocabulary.ts'
import { chineseNumber } from '../lib/numerals.ts'
import { absoluteUrl, paths, SHARE_SECTIONS, siteOrigin } from '../settings.ts'
import {
  type AreaRef,
  filesOf,
  type ItemRef,
  type PublicArea,
  type PublicArticle,
  type PublicContent,
  type PublicFigure,
  type PublicHandbook,
  type PublicLocale,
  type PublicRegulation,
  type PublicSettings,
  type RegulationArticle,
  type SiteImage,
} from './model.ts'
import { figureSubject, localeSubject, type PrintSubject, type ShareCard, type Sign, signsOf } from './printSubjects.ts'

/** What a list or an area page shows of one item. */
export interface Card {
  href: string
  title: string
  kicker: string
  summary: string
  image: SiteImage | null
  /** ISO time shown as the publish time, for dated items. */
  date: string | null
}

export interface FilterGroup {
  label: string
  options: { href: string; label: string; current: boolean }[]
}

export interface Crumb {
  href: string | null
  label: string
}

/** Links between list pages; null where there is none. */
export interface Pager {
  newer: string | null
  older: string | null
  /** For archive pages: the dates the page covers. */
  label: string | null
}

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

export interface HomeProps {
  site: PublicSettings
  figures: Card[]
  articles: Card[]
  notices: Card[]
  locales: Card[]
}
export interface FigureProps {
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
export interface LocaleProps {
  site: PublicSettings
  locale: Omit<PublicLocale, 'images' | 'previousSlugs' | 'updatedAt' | 'id'>
}
export interface RegulationProps {
  site: PublicSettings
  regulation: Omit<PublicRegulation, 'previousSlugs' | 'updatedAt' | 'id'>
}
export interface RegulationArticleProps {
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
  image: { src: string; alt: string; width: number; height: number } | null
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
export interface PrintProps {
  site: PublicSettings
  sections: { title: string; href: string; count: number }[]
  handbooks: PrintHandbookEntry[]
  signs: { reminder: string; cite: string; href: string; article: string }[]
}
export interface PrintRow {
  kind: SubjectKind
  slug: string
  href: string
  name: string
  kicker: string
  area: string
}
export interface PrintListProps {
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

export interface ViewProps {
  HomePage: HomeProps
  ListPage: ListProps
  FigurePage: FigureProps
  ArticlePage: ArticleProps
  LocalePage: LocaleProps
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
}
export type ViewName = keyof ViewProps

export type Output =
  | { kind: 'page'; path: string; key: string; view: ViewName; props: ViewProps[ViewName] }
  | { kind: 'image'; path: string; key: string; image: SiteImage }
  | { kind: 'print'; path: string; key: string; product: SubjectProduct; subject: PrintSubject; site: PublicSettings }
  | { kind: 'handbook'; path: string; key: string; handbook: PublicHandbook; site: PublicSettings }
  | { kind: 'sign'; path: string; key: string; sign: Sign; site: PublicSettings }
  | { kind: 'text'; path: string; key: string; body: string }
  | { kind: 'share'; path: string; key: string; card: ShareCard }

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

/**
 * Objects that stay the same while what they show does (derived documents, cards, the
 * settings of one plan): a page's key digests them by reference to their own cached
 * digest, so a list page's key costs twenty short strings, not twenty cards' JSON.
 */
const stable = new WeakSet<object>()
function keyJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && stable.has(item) ? `#${digestOf(item)}` : item,
  )
}

/** A card per item, made once while the item is the same object. */
function cardMaker<T extends object>(make: (item: T) => Card): (item: T) => Card {
  return (item: T) => {
    let known = cards.get(item)
    if (!known) {
      known = make(item)
      cards.set(item, known)
      stable.add(known)
    }
    return known
  }
}

const figureCard = cardMaker(
  (figure: PublicFigure): Card => ({
    href: paths.figure(figure.slug),
    title: figure.name,
    kicker: figure.honourTitle,
    summary: figure.summary,
    image: figure.portrait?.card ?? null,
    date: null,
  }),
)

const articleCard = cardMaker(
  (article: PublicArticle): Card => ({
    href: paths.article(article.slug),
    title: article.title,
    kicker: article.column,
    summary: article.lead,
    image: null,
    date: article.publishedAt,
  }),
)

const localeCard = cardMaker(
  (locale: PublicLocale): Card => ({
    href: locale.kind === 'street' ? paths.street(locale.slug) : paths.place(locale.slug),
    title: locale.name,
    kicker: locale.subtitle,
    summary: locale.summary,
    image: locale.card,
    date: null,
  }),
)

const regulationCard = cardMaker(
  (regulation: PublicRegulation): Card => ({
    href: paths.regulation(regulation.slug),
    title: regulation.title,
    kicker: `${regulation.issuingBody} · ${regulation.status}`,
    summary: regulation.effectiveOn ? `${regulation.effectiveOn.slice(0, 10)} 起施行` : '',
    image: null,
    date: null,
  }),
)

/** Characters XML 1.0 cannot carry even escaped (a vertical tab pasted from Word would break the feed). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching exactly those control characters is the point
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g

const xml = (value: string) =>
  value
    .replace(NOT_XML, '')
    .replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] as string)

function sitemap(entries: { path: string; lastmod?: string }[]): string {
  // Site paths are plain ASCII (pinyin slugs): the origin is prefixed, not parsed per URL.
  const origin = xml(siteOrigin())
  const urls = entries.map(
    (entry) =>
      `  <url><loc>${origin}${/[<>&'"]/.test(entry.path) ? xml(entry.path) : entry.path}</loc>${entry.lastmod ? `<lastmod>${entry.lastmod.slice(0, 10)}</lastmod>` : ''}</url>`,
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

/** Keys of list pages, by path, with what they were made from (see emit in planSite). */
const listKeys = new Map<string, { frame: string; items: object[]; key: string }>()
/** Keys of article pages, with the neighbours and settings they were made with. */
const articleKeys = new WeakMap<
  object,
  { newer: object | undefined; older: object | undefined; siteKey: string; codeVersion: string; output: Output }
>()

/** List cards, kept while the derived document is the same object. */
const cards = new WeakMap<object, Card>()

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

const years = (items: { publishedAt: string }[]) => [...new Set(items.map((item) => item.publishedAt.slice(0, 4)))].sort().reverse()

/** Every file of the site, keyed. `codeVersion` changes whenever the code that renders them does. */
export function planSite(content: PublicContent, codeVersion: string): Output[] {
  const { figures, articles, streets, places, regulations, areas, settings: site } = content
  const siteKey = digest(site)
  digests.set(site, siteKey)
  stable.add(site)
  const outputs: Output[] = []
  const add = (output: Unkeyed<Output>, key?: string) => {
    // Images are keyed by the file's version alone: their bytes do not depend on our code.
    const { path: _path, ...data } = output
    outputs.push({
      ...output,
      key: key ?? (output.kind === 'image' ? digest(output.image.version) : digest(codeVersion, keyJson(data))),
    } as Output)
  }
  const home: Crumb = { href: '/', label: '首页' }

  /** A list with its static filter pages: each filter value gets its own paginated list. */
  const list = <T extends { publishedAt: string }>(spec: {
    base: string
    title: string
    description: string
    column: string
    empty: string
    items: T[]
    card: (item: T) => Card
    filters: { label: string; all: string; options: { value: string; label: string; href: string; test: (item: T) => boolean }[] }[]
    feed?: string
  }) => {
    // Only values that some item has are offered: every filter link leads to a page.
    const present = spec.filters.map((filter) => ({
      ...filter,
      options: filter.options
        .map((option) => ({ ...option, items: spec.items.filter(option.test) }))
        .filter((option) => option.items.length > 0),
    }))
    const groups = (current: string) =>
      present
        .filter((filter) => filter.options.length > 0)
        .map((filter) => ({
          label: filter.label,
          options: [
            { href: spec.base, label: filter.all, current: current === spec.base },
            ...filter.options.map((option) => ({ href: option.href, label: option.label, current: current === option.href })),
          ],
        }))
    const card = spec.card
    const emit = (base: string, items: T[], title: string, crumbs: Crumb[]) => {
      const filters = groups(base)
      const shared = JSON.stringify([codeVersion, siteKey, title, spec.description, spec.column, crumbs, filters, spec.empty, spec.feed])
      for (const listPage of paginate(items, base)) {
        const props: ListProps = {
          path: listPage.path,
          site,
          title: listPage.pager.label ? `${title}（${listPage.pager.label}）` : title,
          description: spec.description,
          column: spec.column,
          crumbs,
          filters,
          cards: listPage.items.map(card),
          pager: listPage.pager,
          empty: spec.empty,
          feed: spec.feed ?? null,
        }
        // A list page's key is reused while it shows the same items (same objects) with
        // the same frame: most archive pages of a large site, on most publishes.
        const frame = `${shared}${JSON.stringify(listPage.pager)}`
        const known = listKeys.get(listPage.path)
        const same =
          known?.frame === frame &&
          known.items.length === listPage.items.length &&
          known.items.every((item, index) => item === listPage.items[index])
        const key = same ? known.key : digest(codeVersion, keyJson(props))
        if (!same) listKeys.set(listPage.path, { frame, items: listPage.items, key })
        add(page(listPage.path, 'ListPage', props), key)
      }
    }
    emit(spec.base, spec.items, spec.title, [home, { href: null, label: spec.title }])
    for (const filter of present) {
      for (const option of filter.options) {
        emit(option.href, option.items, `${spec.title} · ${option.label}`, [
          home,
          { href: spec.base, label: spec.title },
          { href: null, label: option.label },
        ])
      }
    }
  }
  // The 区域 filter offers each 街道 and 镇; an item counts where its area lies within it.
  const within = new Map(areas.map((area) => [area.slug, new Set(area.within)]))
  const areaFilter = <T>(base: string, refsOf: (item: T) => (AreaRef | null)[]) => ({
    label: '区域',
    all: '全部区域',
    options: areas
      .filter((area) => !area.parent)
      .map((area) => ({
        value: area.slug,
        label: area.name,
        href: `${base}area/${area.slug}/`,
        test: (item: T) => refsOf(item).some((ref) => ref !== null && (within.get(area.slug)?.has(ref.slug) ?? false)),
      })),
  })

  add(
    page('/', 'HomePage', {
      site,
      figures: figures.slice(0, 6).map(figureCard),
      articles: articles
        .filter((article) => article.columnValue !== 'notices')
        .slice(0, 6)
        .map(articleCard),
      notices: articles
        .filter((article) => article.columnValue === 'notices')
        .slice(0, 5)
        .map(articleCard),
      locales: [...streets.slice(0, 3), ...places.slice(0, 3)].map(localeCard),
    }),
  )
  list({
    base: paths.figures,
    title: '人物',
    description: '杏花岭区评选的最美人物、身边好人、道德模范和时代新人。',
    column: '人物',
    empty: '暂无已发布的人物。',
    items: figures,
    card: figureCard,
    filters: [
      {
        label: '荣誉类别',
        all: '全部人物',
        options: HONOUR_KINDS.map((kind) => ({
          value: kind.value,
          label: kind.label,
          href: paths.figuresOfKind(kind.value),
          test: (figure: PublicFigure) => figure.honourKindValue === kind.value,
        })),
      },
      areaFilter(paths.figures, (figure: PublicFigure) => [figure.areaRef]),
    ],
  })
  const columns = [...new Map(articles.map((article) => [article.columnValue, article.column])).entries()]
  list({
    base: paths.articles,
    title: '文章',
    description: '杏花岭区创城动态、示范片区、文明实践、志愿服务和通知公告。',
    column: '文章',
    empty: '暂无已发布的文章。',
    items: articles,
    card: articleCard,
    feed: '/articles/rss.xml',
    filters: [
      {
        label: '栏目',
        all: '全部栏目',
        options: columns.map(([value, label]) => ({
          value,
          label,
          href: paths.articlesInColumn(value),
          test: (article: PublicArticle) => article.columnValue === value,
        })),
      },
      {
        label: '年份',
        all: '全部年份',
        options: years(articles).map((year) => ({
          value: year,
          label: `${year}年`,
          href: paths.articlesInYear(year),
          test: (article: PublicArticle) => article.publishedAt.startsWith(year),
        })),
      },
      areaFilter(paths.articles, (article: PublicArticle) => article.areaRefs),
    ],
  })
  list({
    base: paths.streets,
    title: '特色街巷',
    description: '好人街、家事家风街、诚信街等杏花岭区主题街巷。',
    column: '特色街巷',
    empty: '暂无已发布的特色街巷。',
    items: streets,
    card: localeCard,
    filters: [],
  })
  list({
    base: paths.places,
    title: '文明实践阵地',
    description: '杏花岭区新时代文明实践中心、所、站、点和实践园。',
    column: '文明实践阵地',
    empty: '暂无已发布的文明实践阵地。',
    items: places,
    card: localeCard,
    filters: [
      {
        label: '阵地级别',
        all: '全部级别',
        options: PLACE_LEVELS.map((level) => ({
          value: level.value,
          label: level.label,
          href: paths.placesOfLevel(level.value),
          test: (place: PublicLocale) => place.levelValue === level.value,
        })),
      },
    ],
  })
  list({
    base: paths.regulations,
    title: '法规',
    description: '与文明创建相关的法规、条例全文，可按条查看和分享。',
    column: '法规',
    empty: '暂无已发布的法规。',
    items: regulations,
    card: regulationCard,
    filters: [],
  })
  add({ kind: 'page', path: '404.html', view: 'NotFoundPage', props: { site } })
  for (const section of SHARE_SECTIONS) {
    const card: ShareCard = { title: section.title, subtitle: section.subtitle, siteName: site.siteName, sponsor: site.sponsor }
    add({ kind: 'share', path: fileOf(section.image), card })
  }
  // 屏幕模式: the page, with its first story, and the deck it reads again on its own.
  const screenImage = (image: SiteImage | null | undefined) =>
    image ? { src: image.src, alt: image.alt, width: image.width, height: image.height } : null
  const shorten = (text: string, length: number) => (text.length > length ? `${text.slice(0, length)}……` : text)
  const slides: ScreenSlide[] = [
    ...figures.slice(0, 30).map((figure) => ({
      url: paths.figure(figure.slug),
      kicker: `${figure.honourKind} · ${figure.honourTitle}`,
      title: figure.name,
      text: figure.summary,
      image: screenImage(figure.portrait?.hero),
    })),
    ...[...streets.slice(0, 15), ...places.slice(0, 15)].map((locale) => ({
      url: locale.kind === 'street' ? paths.street(locale.slug) : paths.place(locale.slug),
      kicker: locale.subtitle,
      title: locale.name,
      text: `${locale.summary} 地址：${locale.location.address}`,
      image: screenImage(locale.cover),
    })),
    ...articles
      .filter((article) => article.columnValue === 'notices')
      .slice(0, 10)
      .map((article) => ({
        url: paths.article(article.slug),
        kicker: '通知公告',
        title: article.title,
        text: shorten(article.lead, 120),
        image: null,
      })),
  ]
  const deck: ScreenDeck = { version: digest(slides), slides }
  add(page(paths.screen, 'ScreenPage', { site, slides: { version: deck.version, slides: slides.slice(0, 1) } }))
  add({ kind: 'text', path: 'screen/slides.json', body: JSON.stringify(deck) })
  add(page('/search/', 'SearchPage', { site }))
  // 打印与下载: an overview, and each kind's products in pages that stay put as it grows.
  const printable: { kind: SubjectKind; items: (PublicFigure | PublicLocale)[]; href: (slug: string) => string }[] = [
    { kind: 'figure', items: figures, href: paths.figure },
    { kind: 'street', items: streets, href: paths.street },
    { kind: 'place', items: places, href: paths.place },
  ]
  const handbookEntries: PrintHandbookEntry[] = []
  for (const handbook of content.handbooks) {
    const key = digest(codeVersion, 'handbook', siteKey, digestOf(handbook))
    add({ kind: 'handbook', path: fileOf(handbookPath(handbook.slug)), handbook, site }, key)
    handbookEntries.push({
      slug: handbook.slug,
      title: handbook.title,
      subtitle: handbook.subtitle,
      paper: HANDBOOK_PAPER[handbook.trim],
      href: handbookPath(handbook.slug),
      sections: handbook.sections.length,
      pages: null,
      pdfKey: key,
    })
  }
  const signEntries: PrintProps['signs'] = []
  for (const sign of regulations.flatMap(signsOf)) {
    add({ kind: 'sign', path: fileOf(signPath(sign)), sign, site })
    signEntries.push({
      reminder: sign.reminder,
      cite: `《${sign.regulationTitle}》第${chineseNumber(sign.articleNumber)}条`,
      href: signPath(sign),
      article: paths.regulationArticle(sign.regulationSlug, sign.articleNumber),
    })
  }
  add(
    page(paths.print, 'PrintPage', {
      site,
      sections: printable.map(({ kind, items }) => ({
        title: SUBJECT_SECTION[kind].label,
        href: `${paths.print}${SUBJECT_SECTION[kind].dir}/`,
        count: items.length,
      })),
      handbooks: handbookEntries,
      signs: signEntries,
    }),
  )
  for (const { kind, items, href } of printable) {
    const rows = items.map((item) => {
      const subject = 'honourTitle' in item ? figureSubject(item) : localeSubject(item)
      return {
        kind,
        slug: item.slug,
        href: href(item.slug),
        name: item.name,
        kicker: `${subject.kicker} · ${subject.title}`,
        area: item.area,
        publishedAt: item.publishedAt,
      }
    })
    for (const listPage of paginate(rows, `${paths.print}${SUBJECT_SECTION[kind].dir}/`)) {
      add(
        page(listPage.path, 'PrintListPage', {
          site,
          path: listPage.path,
          title: listPage.pager.label ? `${SUBJECT_SECTION[kind].label}（${listPage.pager.label}）` : SUBJECT_SECTION[kind].label,
          rows: listPage.items.map(({ publishedAt: _published, ...row }) => row),
          pager: listPage.pager,
        }),
      )
    }
  }

  // Posters and leaflets change exactly when their item (or the settings, or the code) does.
  const printProducts = (subject: PrintSubject, itemKey: string) => {
    for (const product of SUBJECT_PRODUCTS) {
      add(
        { kind: 'print', path: fileOf(productPath(subject.kind, subject.slug, product.id)), product: product.id, subject, site },
        digest(codeVersion, product.id, siteKey, itemKey),
      )
    }
  }
  const images = new Map<string, SiteImage>()
  const redirects = (previous: string[], to: (slug: string) => string, slug: string, title: string) => {
    for (const old of previous) add(page(to(old), 'RedirectPage', { to: to(slug), title }))
  }
  for (const figure of figures) {
    const { images: shown, previousSlugs, updatedAt: _updated, id: _id, ...visible } = figure
    const figureKey = digestOf(figure)
    add(page(paths.figure(figure.slug), 'FigurePage', { site, figure: visible }), digest(codeVersion, 'FigurePage', siteKey, figureKey))
    redirects(previousSlugs, paths.figure, figure.slug, figure.name)
    printProducts(figureSubject(figure), figureKey)
    for (const image of shown.flatMap(filesOf)) images.set(image.filename, image)
  }
  const inColumn = new Map<string, PublicArticle[]>()
  for (const article of articles) inColumn.set(article.columnValue, [...(inColumn.get(article.columnValue) ?? []), article])
  const articleRef = (article: PublicArticle | undefined): ItemRef | null =>
    article ? { slug: article.slug, title: article.title, kicker: article.column } : null
  const positions = new Map<PublicArticle, number>()
  for (const siblings of inColumn.values()) {
    for (const [index, article] of siblings.entries()) positions.set(article, index)
  }
  for (const article of articles) {
    const { images: shown, previousSlugs } = article
    const siblings = inColumn.get(article.columnValue) ?? []
    const at = positions.get(article) ?? -1
    const [newerDoc, olderDoc] = [siblings[at - 1], siblings[at + 1]]
    const newer = articleRef(newerDoc)
    const older = articleRef(olderDoc)
    // Kept while the article, its neighbours in the column and the settings are the same.
    const known = articleKeys.get(article)
    const same =
      known !== undefined &&
      known.newer === newerDoc &&
      known.older === olderDoc &&
      known.siteKey === siteKey &&
      known.codeVersion === codeVersion
    if (known && same) outputs.push(known.output)
    else {
      const { images: _images, previousSlugs: _previous, updatedAt: _updated, id: _id, ...visible } = article
      const key = digest(codeVersion, 'ArticlePage', siteKey, digestOf(article), newer, older)
      add(page(paths.article(article.slug), 'ArticlePage', { site, article: visible, newer, older }), key)
      articleKeys.set(article, { newer: newerDoc, older: olderDoc, siteKey, codeVersion, output: outputs.at(-1) as Output })
    }
    redirects(previousSlugs, paths.article, article.slug, article.title)
    for (const image of shown.flatMap(filesOf)) images.set(image.filename, image)
  }
  for (const locale of [...streets, ...places]) {
    const { images: shown, previousSlugs, updatedAt: _updated, id: _id, ...visible } = locale
    const to = locale.kind === 'street' ? paths.street : paths.place
    const localeKey = digestOf(locale)
    add(page(to(locale.slug), 'LocalePage', { site, locale: visible }), digest(codeVersion, 'LocalePage', siteKey, localeKey))
    printProducts(localeSubject(locale), localeKey)
    redirects(previousSlugs, to, locale.slug, locale.name)
    for (const image of shown.flatMap(filesOf)) images.set(image.filename, image)
  }
  for (const regulation of regulations) {
    const { previousSlugs, updatedAt: _updated, id: _id, ...visible } = regulation
    const key = digestOf(regulation)
    add(
      page(paths.regulation(regulation.slug), 'RegulationPage', { site, regulation: visible }),
      digest(codeVersion, 'RegulationPage', siteKey, key),
    )
    redirects(previousSlugs, paths.regulation, regulation.slug, regulation.title)
    const all = regulation.chapters.flatMap((chapter) => chapter.articles.map((item) => ({ chapter, item })))
    const { slug, title, issuingBody, status, effectiveOn, publishedAt } = regulation
    all.forEach(({ chapter, item }, index) => {
      add(
        page(paths.regulationArticle(regulation.slug, item.number), 'RegulationArticlePage', {
          site,
          regulation: { slug, title, issuingBody, status, effectiveOn, publishedAt },
          chapter: chapter.number > 0 ? { number: chapter.number, title: chapter.title } : null,
          article: item,
          previous: all[index - 1]?.item.number ?? null,
          next: all[index + 1]?.item.number ?? null,
        }),
      )
    })
  }
  for (const image of site.publicServiceAd?.image ? filesOf(site.publicServiceAd.image) : []) images.set(image.filename, image)
  // On disk under its own name: a server decodes the address (image.src) back to it.
  for (const image of images.values()) add({ kind: 'image', path: `media/${image.filename}`, image })

  // Areas: an index of every 街道/镇 and what lies within, and a page per area.
  const inArea = (refs: (AreaRef | null)[], within: Set<string>) => refs.some((ref) => ref !== null && within.has(ref.slug))
  const SHOWN = 12
  const bySlug = new Map(areas.map((area) => [area.slug, area]))
  const ancestors = (area: PublicArea): PublicArea[] => {
    const chain: PublicArea[] = []
    for (let parent = area.parent; parent && chain.length < 10; parent = bySlug.get(parent.slug)?.parent ?? null) {
      const found = bySlug.get(parent.slug)
      if (!found) break
      chain.push(found)
    }
    return chain
  }
  const rootOf = (area: PublicArea) => ancestors(area).at(-1)?.slug ?? area.slug
  const depthOf = (area: PublicArea) => ancestors(area).length
  const areaPages = areas.map((area) => {
    const inside = new Set(area.within)
    // Long lists (figures, articles) show the newest and link to the list filtered by the
    // 街道 or 镇 the area lies in; the others are short and shown whole.
    const top = rootOf(area)
    const section = <T>(heading: string, items: T[], card: (item: T) => Card, list: string | null) => ({
      heading,
      cards: (list ? items.slice(0, SHOWN) : items).map(card),
      total: items.length,
      more: list && items.length > SHOWN ? `${list}area/${top}/` : null,
    })
    const sections = [
      section(
        '人物',
        figures.filter((item) => inArea([item.areaRef], inside)),
        figureCard,
        paths.figures,
      ),
      section(
        '特色街巷',
        streets.filter((item) => inArea([item.areaRef], inside)),
        localeCard,
        null,
      ),
      section(
        '文明实践阵地',
        places.filter((item) => inArea([item.areaRef], inside)),
        localeCard,
        null,
      ),
      section(
        '文章',
        articles.filter((item) => inArea(item.areaRefs, inside)),
        articleCard,
        paths.articles,
      ),
      section(
        '法规',
        regulations.filter((item) => inArea([item.areaRef], inside)),
        regulationCard,
        null,
      ),
    ].filter((entry) => entry.total > 0)
    return { area, sections }
  })
  add(
    page(paths.areas, 'AreasPage', {
      site,
      areas: areaPages.map(({ area, sections }) => ({
        slug: area.slug,
        name: area.name,
        kind: area.kind,
        depth: depthOf(area),
        count: sections.reduce((sum, section) => sum + section.total, 0),
      })),
    }),
  )
  for (const { area, sections } of areaPages) {
    const { id: _id, within: _within, ...visible } = area
    const children = areas.filter((candidate) => candidate.parent?.slug === area.slug).map(({ slug, name }) => ({ slug, name }))
    add(page(paths.area(area.slug), 'AreaPage', { site, area: visible, children, sections }))
  }

  const listed = [
    {
      path: '/',
      lastmod: [...figures, ...articles, ...streets, ...places, ...regulations]
        .map((item) => item.updatedAt)
        .sort()
        .at(-1),
    },
    ...outputs
      .filter((output) => output.kind === 'page' && (output.view === 'ListPage' || output.view === 'PrintListPage'))
      .map((output) => ({ path: `/${output.path.replace(/index\.html$/, '')}` })),
    { path: paths.areas },
    { path: '/search/' },
    { path: paths.screen },
    { path: paths.print },
    ...areas.map((area) => ({ path: paths.area(area.slug) })),
    ...figures.map((figure) => ({ path: paths.figure(figure.slug), lastmod: figure.updatedAt })),
    ...articles.map((article) => ({ path: paths.article(article.slug), lastmod: article.updatedAt })),
    ...streets.map((street) => ({ path: paths.street(street.slug), lastmod: street.updatedAt })),
    ...places.map((place) => ({ path: paths.place(place.slug), lastmod: place.updatedAt })),
    ...regulations.flatMap((regulation) => [
      { path: paths.regulation(regulation.slug), lastmod: regulation.updatedAt },
      ...regulation.chapters.flatMap((chapter) =>
        chapter.articles.map((item) => ({ path: paths.regulationArticle(regulation.slug, item.number), lastmod: regulation.updatedAt })),
      ),
    ]),
  ]
  add({ kind: 'text', path: 'sitemap.xml', body: sitemap(listed) })
  add({ kind: 'text', path: 'articles/rss.xml', body: rss(site, articles) })
  add({ kind: 'text', path: 'robots.txt', body: `User-agent: *\nAllow: /\nSitemap: ${absoluteUrl('/sitemap.xml')}\n` })
  return outputs
}
