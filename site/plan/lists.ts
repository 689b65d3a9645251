/** The list pages: people, articles, streets, places and regulations, each with its static filter pages. */
import { HONOUR_KINDS, PLACE_LEVELS } from '../../contract/vocabulary.ts'
import type { Card, Crumb } from '../components/types.ts'
import type { AreaRef, PublicArticle, PublicFigure, PublicVenue } from '../model/types.ts'
import { paths } from '../settings.ts'
import type { ListProps } from '../views/props.ts'
import { articleCard, figureCard, regulationCard, venueCard } from './cards.ts'
import { digest, keyJson, type Plan, page } from './keys.ts'
import { paginate, years } from './paginate.ts'

interface ListSpec<T> {
  base: string
  title: string
  description: string
  column: string
  empty: string
  items: T[]
  card: (item: T) => Card
  filters: { label: string; all: string; options: { value: string; label: string; href: string; test: (item: T) => boolean }[] }[]
  feed?: string
}

/** Keys of list pages, by path, with what they were made from; kept for paths still planned. */
const listKeys = new Map<string, { frame: string; items: object[]; key: string }>()

/** A list with its static filter pages: each filter value gets its own paginated list. */
function list<T extends { publishedAt: string }>(plan: Plan, spec: ListSpec<T>): void {
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
  const { home } = plan
  emitList(plan, spec, spec.base, spec.items, spec.title, [home, { href: null, label: spec.title }], groups(spec.base))
  for (const filter of present) {
    for (const option of filter.options) {
      const crumbs = [home, { href: spec.base, label: spec.title }, { href: null, label: option.label }]
      emitList(plan, spec, option.href, option.items, `${spec.title} · ${option.label}`, crumbs, groups(option.href))
    }
  }
}

/** One list, paginated. */
function emitList<T extends { publishedAt: string }>(
  plan: Plan,
  spec: ListSpec<T>,
  base: string,
  items: T[],
  title: string,
  crumbs: Crumb[],
  filters: ListProps['filters'],
): void {
  const { siteKey, site } = plan
  const codeVersion = plan.versions.pages
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
      cards: listPage.items.map(spec.card),
      pager: listPage.pager,
      empty: spec.empty,
      feed: spec.feed ?? null,
    }
    // A list page's key is reused while it shows the same items (same objects) with the
    // same frame: most archive pages of a large site, on most publishes.
    const frame = `${shared}${JSON.stringify(listPage.pager)}`
    const known = listKeys.get(listPage.path)
    const same =
      known?.frame === frame &&
      known.items.length === listPage.items.length &&
      known.items.every((item, index) => item === listPage.items[index])
    const key = same ? known.key : digest(codeVersion, keyJson(props))
    if (!same) listKeys.set(listPage.path, { frame, items: listPage.items, key })
    plan.add(page(listPage.path, 'ListPage', props), key)
  }
}

/** Forgets the kept keys of list pages the plan no longer has (a filter value gone, fewer archive pages). */
export function forgetListsNotIn(plan: Plan): void {
  const planned = new Set(
    plan.outputs.flatMap((output) =>
      output.kind === 'page' && output.view === 'ListPage' ? [`/${output.path.replace(/index\.html$/, '')}`] : [],
    ),
  )
  for (const path of listKeys.keys()) if (!planned.has(path)) listKeys.delete(path)
}

/** The 区域 filter offers each 街道 and 镇; an item counts where its area lies within it. */
function areaFilter<T>(plan: Plan, base: string, refsOf: (item: T) => (AreaRef | null)[]) {
  const { areas } = plan.content
  const within = new Map(areas.map((area) => [area.slug, new Set(area.within)]))
  return {
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
  }
}

/** What each list says of itself. */
const WORDS = {
  figures: {
    title: '人物',
    description: '杏花岭区评选的最美人物、身边好人、道德模范和时代新人。',
    column: '人物',
    empty: '暂无已发布的人物。',
  },
  articles: {
    title: '文章',
    description: '杏花岭区创城动态、示范片区、文明实践、志愿服务和通知公告。',
    column: '文章',
    empty: '暂无已发布的文章。',
  },
  streets: {
    title: '特色街巷',
    description: '好人街、家事家风街、诚信街等杏花岭区主题街巷。',
    column: '特色街巷',
    empty: '暂无已发布的特色街巷。',
  },
  places: {
    title: '文明实践阵地',
    description: '杏花岭区新时代文明实践中心、所、站、点和实践园。',
    column: '文明实践阵地',
    empty: '暂无已发布的文明实践阵地。',
  },
  regulations: {
    title: '法规',
    description: '与文明创建相关的法规、条例全文，可按条查看和分享。',
    column: '法规',
    empty: '暂无已发布的法规。',
  },
}

export function planLists(plan: Plan): void {
  const { figures, articles, streets, places, regulations } = plan.content
  list(plan, {
    ...WORDS.figures,
    base: paths.figures,
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
      areaFilter(plan, paths.figures, (figure: PublicFigure) => [figure.areaRef]),
    ],
  })
  planArticleList(plan, articles)
  list(plan, { ...WORDS.streets, base: paths.streets, items: streets, card: venueCard, filters: [] })
  list(plan, {
    ...WORDS.places,
    base: paths.places,
    items: places,
    card: venueCard,
    filters: [
      {
        label: '阵地级别',
        all: '全部级别',
        options: PLACE_LEVELS.map((level) => ({
          value: level.value,
          label: level.label,
          href: paths.placesOfLevel(level.value),
          test: (place: PublicVenue) => place.levelValue === level.value,
        })),
      },
    ],
  })
  list(plan, { ...WORDS.regulations, base: paths.regulations, items: regulations, card: regulationCard, filters: [] })
}

function planArticleList(plan: Plan, articles: PublicArticle[]): void {
  const columns = [...new Map(articles.map((article) => [article.columnValue, article.column])).entries()]
  list(plan, {
    ...WORDS.articles,
    base: paths.articles,
    items: articles,
    card: articleCard,
    feed: paths.articlesFeed,
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
      areaFilter(plan, paths.articles, (article: PublicArticle) => article.areaRefs),
    ],
  })
}
