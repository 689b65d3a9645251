/** The lists and their filters, as ours has them: each filter value some item has gets its own paginated list. */
import { PAGE_SIZE } from './site.mjs'

const distinct = (values) => [...new Set(values.filter((value) => value !== null && value !== undefined))].sort()

function areaFilter(data, areasOf) {
  return {
    key: 'area',
    label: '区域',
    options: data.areas
      .filter((area) => !area.parent)
      .map((area) => ({ value: area.slug, label: area.name, test: (entry) => areasOf(entry).some((id) => area.within.has(id)) })),
  }
}

const valueFilter = (key, label, items, valueFor) => ({
  key,
  label,
  options: distinct(items.map(valueFor)).map((value) => ({ value, label: value, test: (entry) => valueFor(entry) === value })),
})

const made = new WeakMap()

/** The five lists of `data`, made once. */
export function lists(data) {
  if (!made.has(data)) made.set(data, makeLists(data))
  return made.get(data)
}

function makeLists(data) {
  const { figures, articles, streets, places, regulations } = data
  const made = {
    figures: {
      title: '人物',
      items: figures,
      filters: [valueFilter('kind', '荣誉类别', figures, (entry) => entry.data.honourKind), areaFilter(data, (entry) => [entry.data.area])],
    },
    articles: {
      title: '文章',
      items: articles,
      filters: [
        valueFilter('column', '栏目', articles, (entry) => entry.data.column),
        valueFilter('year', '年份', articles, (entry) => entry.data.publishedAt.slice(0, 4)),
        areaFilter(data, (entry) => entry.data.areas),
      ],
    },
    streets: { title: '特色街巷', items: streets, filters: [] },
    places: { title: '文明实践阵地', items: places, filters: [valueFilter('level', '阵地级别', places, (entry) => entry.data.level)] },
    regulations: { title: '法规', items: regulations, filters: [] },
  }
  for (const [family, list] of Object.entries(made)) list.links = filterLinks(list, `/${family}/`)
  return made
}

/** The filter links of a list under `base`: only values some item has. */
const filterLinks = (list, base) =>
  list.filters
    .map((filter) => ({
      label: filter.label,
      options: [
        { href: base, label: '全部' },
        ...filter.options
          .filter((option) => list.items.some(option.test))
          .map((option) => ({ href: `${base}${filter.key}/${option.value}/`, label: option.label })),
      ],
    }))
    .filter((group) => group.options.length > 1)

/** getStaticPaths of a list's filter pages: `family`'s filter `key`, each value paginated. */
export function filterPaths(paginate, list, key) {
  const filter = list.filters.find((candidate) => candidate.key === key)
  return (filter?.options ?? []).flatMap((option) => {
    const items = list.items.filter(option.test)
    return items.length > 0 ? paginate(items, { pageSize: PAGE_SIZE, params: { [key]: option.value }, props: { label: option.label } }) : []
  })
}
