/**
 * The public site's search (issue 5), in Chromium against the built index: recall of
 * figures, streets, places, regulation articles and articles (a notice published for these
 * tests among them, tests/support/public-site.ts), and the type and area facets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONVENTION, close, closePublicSite, open, servePublicSite } from './support/public-site.ts'
import { searchHits } from './support/search.ts'

let siteUrl: string
let noticeSlug: string

beforeAll(async () => {
  ;({ siteUrl, noticeSlug } = await servePublicSite())
})

afterAll(closePublicSite)

describe('search', () => {
  /** URLs the site's search page lists for a query, in Chromium against the built index. */
  async function found(query: string): Promise<string[]> {
    const page = await open(null)
    try {
      return (await searchHits(page, siteUrl, query)).map((hit) => hit.href)
    } finally {
      await close(page)
    }
  }

  const RECALL: [string, string][] = [
    ['郝景全', '/figures/hao-jing-quan/'],
    ['王改红', '/figures/wang-gai-hong/'],
    ['最美厨娘', '/figures/wang-gai-hong/'],
    ['诚信', '/streets/cheng-xin-jie/'],
    ['好人街', '/streets/hao-ren-jie/'],
    ['门诊前巷三条', '/streets/cheng-xin-jie/'],
    ['杏林一条', '/streets/jia-shi-jia-feng-jie/'],
    ['实践园', '/places/jian-he-xin-shi-dai-wen-ming-shi-jian-yuan/'],
    ['第十二条', `/regulations/${CONVENTION}/articles/12/`],
    ['文明养犬', `/regulations/${CONVENTION}/articles/11/`],
    ['对标补差', '/articles/dui-biao-bu-cha-zhong-dian-tu-po/'],
    ['公示测试通知', '/articles/'],
  ]

  it.each(RECALL)('finds %s', async (query, expected) => {
    const urls = await found(query)
    if (expected === '/articles/') expect(urls).toContain(`/articles/${noticeSlug}/`)
    else expect(urls).toContain(expected)
  })

  it('narrows results by type and area facets', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('涧河')}`)
    try {
      await page.waitForSelector('#search-facets fieldset')
      const facets = await page.locator('#search-facets legend').allTextContents()
      expect(facets).toEqual(['按类型筛选', '按区域筛选'])
      await Promise.all([page.waitForURL(/type=/), page.getByLabel(/^文明实践阵地（\d+）$/).check()])
      await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').startsWith('找到'))
      const urls = await page.locator('#search-results a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
      expect(urls.length).toBeGreaterThan(0)
      for (const url of urls) expect(url).toMatch(/^\/places\//)
    } finally {
      await close(page)
    }
  })
})
