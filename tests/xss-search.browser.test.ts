/**
 * Output encoding in search (the trust issue): with the XSS corpus published
 * (tests/support/xss-corpus.ts) and the site really built, the site's search shows the
 * payloads as text in its results and facets, echoes a query as text, and runs nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { searchHits } from './support/search.ts'
import { PAYLOADS, publishCorpus, removeCorpus, type Spot, spots } from './support/xss-corpus.ts'
import { around, closeXssSite, INSPECT, type Inspection, landings, openPage, serveXssSite, squeeze } from './support/xss-site.ts'

/** The longest stretch of a spot's text, from its marker on, that reads back unchanged somewhere. */
function longestShown(texts: string[], spot: Pick<Spot, 'marker' | 'text'>): number {
  let longest = 0
  for (const value of texts) {
    for (let at = value.indexOf(spot.marker); at >= 0; at = value.indexOf(spot.marker, at + 1)) {
      let same = 0
      while (same < spot.text.length && value[at + same] === spot.text[same]) same++
      longest = Math.max(longest, same)
    }
  }
  return longest
}

let siteUrl: string

beforeAll(async () => {
  await publishCorpus()
  ;({ siteUrl } = await serveXssSite())
}, 900_000)

afterAll(async () => {
  try {
    await closeXssSite()
  } finally {
    await removeCorpus()
  }
}, 120_000)

describe('search', () => {
  it('shows the payloads as text in the results, and runs nothing', { timeout: 300_000 }, async () => {
    const { page, events } = await openPage()
    const failures: string[] = []
    try {
      for (const spot of spots.filter((candidate) => candidate.shown.includes('search'))) {
        const hits = await searchHits(page, siteUrl, spot.marker)
        if (hits.length === 0) {
          failures.push(`${spot.field} (${spot.marker}): not found`)
          continue
        }
        const inspection = (await page.evaluate(INSPECT)) as Inspection
        // An excerpt is a window of words: it may end inside a payload, but what it shows reads as written.
        const results = (await page.locator('#search-results li').allTextContents()).map(squeeze)
        const wanted = { marker: spot.marker, text: squeeze(spot.text) }
        const enough = Math.min(wanted.text.length, spot.marker.length + 14)
        if (landings(results, wanted).includes('mangled') || longestShown(results, wanted) < enough)
          failures.push(`${spot.field} (${spot.marker}): not shown literally in the results: ${around(results, spot.marker)}`)
        if (inspection.sentinel !== 'undefined') failures.push(`${spot.field}: window.__xss was set`)
        failures.push(...inspection.injected.map((item) => `${spot.field}: ${item}`))
        // Results are made of links, paragraphs and highlights only.
        const tags = await page.evaluate(() => [
          ...new Set([...document.querySelectorAll('#search-results *')].map((node) => node.tagName)),
        ])
        for (const tag of tags) if (!['LI', 'A', 'P', 'MARK'].includes(tag)) failures.push(`${spot.field}: <${tag}> in the results`)
      }
      // The area is offered as a facet, by its name as written.
      await searchHits(page, siteUrl, spots.find((spot) => spot.field === '人物 姓名')?.marker ?? '')
      const facets = await page.locator('#search-facets label').allTextContents()
      const areaSpot = spots.find((spot) => spot.field === '区域 名称') as Spot
      expect(landings(facets, areaSpot)).toContain('full')
      // A query that finds nothing is echoed as text.
      const query = `查无此项 ${PAYLOADS.img}`
      await searchHits(page, siteUrl, query)
      expect(await page.locator('#search-q').inputValue()).toBe(query)
      expect(await page.locator('#search-status').textContent()).toBe(`没有找到与“${query}”相关的内容`)
      const inspection = (await page.evaluate(INSPECT)) as Inspection
      expect(inspection.sentinel).toBe('undefined')
      expect(inspection.injected).toEqual([])
    } finally {
      await page.context().close()
    }
    expect([...failures, ...events]).toEqual([])
  })
})
