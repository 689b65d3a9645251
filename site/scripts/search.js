// Pagefind: the base index, plus the delta of what changed since it was built; hits
// from the base whose version is stale (edited or taken down since) are dropped.
const query = new URLSearchParams(location.search).get('q')?.trim()
const status = document.getElementById('search-status')
const list = document.getElementById('search-results')
if (query) {
  document.getElementById('search-q').value = query
  status.textContent = '正在搜索……'
  const pagefind = await import('/pagefind/base/pagefind.js')
  await pagefind.options({ basePath: '/pagefind/base/' })
  const { stale, delta } = await (await fetch('/pagefind/stale.json')).json()
  if (delta) await pagefind.mergeIndex('/pagefind/delta/')
  const skip = new Set(stale)
  // Facets: 类型 and 区域, as checkboxes in the form (the query string keeps them).
  const params = new URLSearchParams(location.search)
  const chosen = { 类型: params.getAll('type'), 区域: params.getAll('area') }
  const filters = Object.fromEntries(
    Object.entries(chosen)
      .filter(([, values]) => values.length > 0)
      .map(([name, values]) => [name, { any: values }]),
  )
  // Loads the filter index, so results carry facet counts.
  await pagefind.filters()
  const search = await pagefind.search(query, { filters })
  // The facets follow the results (on a phone they filled the first screen); their boxes
  // belong to the search form, so a change submits the query with them.
  const facets = document.getElementById('search-facets')
  for (const [name, param] of [
    ['类型', 'type'],
    ['区域', 'area'],
  ]) {
    const counts = Object.entries(search.totalFilters?.[name] ?? {}).filter(([, count]) => count > 0)
    if (counts.length === 0) continue
    const group = document.createElement('fieldset')
    group.className = 'search-facets'
    const legend = document.createElement('legend')
    legend.textContent = `按${name}筛选`
    group.append(legend)
    for (const [value, count] of counts) {
      const label = document.createElement('label')
      const box = document.createElement('input')
      box.type = 'checkbox'
      box.setAttribute('form', 'search-form')
      box.name = param
      box.value = value
      box.checked = chosen[name].includes(value)
      box.addEventListener('change', () => document.getElementById('search-form').submit())
      label.append(box, `${value}（${count}）`)
      group.append(label)
    }
    facets.append(group)
    facets.hidden = false
  }
  // Pagefind leaves out a word its index does not hold, so the small delta index answered
  // 查无此项 with pages that only matched the other words: each word must be on the page
  // (a Chinese word may be split there, so its characters are enough).
  const fold = (text) =>
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
  const words = fold(query).split(' ').filter(Boolean)
  const hasAllWords = (data) => {
    const text = fold(`${data.meta.title ?? ''} ${data.content ?? ''}`)
    return words.every((word) => text.includes(word) || (/\p{Script=Han}/u.test(word) && [...word].every((char) => text.includes(char))))
  }
  const found = []
  for (const result of search.results.slice(0, 40)) {
    const data = await result.data()
    if (!skip.has(data.meta.v) && hasAllWords(data)) found.push(data)
    if (found.length === 20) break
  }
  // The excerpt's text and <mark> highlights only: nothing else of it becomes markup.
  const excerpt = (html) => {
    const nodes = []
    for (const node of new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstChild.childNodes) {
      if (node.nodeName === 'MARK') {
        const mark = document.createElement('mark')
        mark.textContent = node.textContent
        nodes.push(mark)
      } else nodes.push(document.createTextNode(node.textContent))
    }
    return nodes
  }
  list.replaceChildren(
    ...found.map((data) => {
      const item = document.createElement('li')
      const link = document.createElement('a')
      link.href = data.url
      link.textContent = data.meta.title
      const text = document.createElement('p')
      text.append(...excerpt(data.excerpt))
      item.append(link, text)
      return item
    }),
  )
  status.textContent = found.length > 0 ? `找到 ${found.length} 条结果` : `没有找到与“${query}”相关的内容`
  if (!facets.hidden) {
    const jump = document.createElement('a')
    jump.href = '#search-facets'
    jump.className = 'search-jump'
    const active = [...chosen.类型, ...chosen.区域]
    jump.textContent = active.length > 0 ? `筛选：${active.join('、')}` : '按类型、区域筛选'
    status.append(' ', jump)
  }
}
