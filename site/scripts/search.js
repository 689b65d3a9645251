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
  // The excerpt, cut again from the record's text: Pagefind's starts at the first word when the
  // match is among the first thirty, so a hit there could end the excerpt, and it repeats the
  // title shown above it. Here it is the text after the title, from a little before the first
  // word Pagefind highlighted, with every highlighted word marked. Only text nodes and <mark>.
  const excerpt = (data) => {
    const marks = new DOMParser().parseFromString(`<p>${data.excerpt}</p>`, 'text/html').querySelectorAll('mark')
    // Longest first, so 文明家庭 is marked whole where 文明 is highlighted too.
    const words = [...new Set([...marks].map((mark) => mark.textContent.trim()).filter(Boolean))].sort((a, b) => b.length - a.length)
    // The indexer's text has & escaped once more (site/search/index.ts): undone here.
    // Pagefind collapses spaces and ends a heading with ". ": compared and cut accordingly.
    const squeeze = (text) => text.replace(/\s+/g, ' ').trim()
    const full = squeeze(data.content.replaceAll('&amp;', '&'))
    const title = squeeze(data.meta.title ?? '')
    const body = full.startsWith(title) ? full.slice(title.length).replace(/^[.\s]+/, '') : full
    const hits = words.map((word) => body.indexOf(word)).filter((at) => at >= 0)
    const first = hits.length > 0 ? Math.min(...hits) : 0
    let start = Math.max(0, first - 16)
    if (/[\uDC00-\uDFFF]/.test(body[start] ?? '')) start -= 1
    const chars = [...body.slice(start)]
    const cut = `${start > 0 ? '…' : ''}${chars.slice(0, 72).join('')}${chars.length > 72 ? '…' : ''}`
    const nodes = []
    const pattern = words.length > 0 ? new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g') : null
    let last = 0
    for (const match of pattern ? cut.matchAll(pattern) : []) {
      nodes.push(document.createTextNode(cut.slice(last, match.index)))
      const mark = document.createElement('mark')
      mark.textContent = match[0]
      nodes.push(mark)
      last = match.index + match[0].length
    }
    nodes.push(document.createTextNode(cut.slice(last)))
    return nodes
  }
  list.replaceChildren(
    ...found.map((data) => {
      const item = document.createElement('li')
      const link = document.createElement('a')
      link.href = data.url
      link.textContent = data.meta.title
      const text = document.createElement('p')
      text.append(...excerpt(data))
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
