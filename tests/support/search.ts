/**
 * The site's own search, as a reader uses it: `/search/?q=` loaded in Chromium, read once
 * the page says it is done. Shared by the tests and the publish-to-live bench.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Page } from 'playwright-core'

/** The hits the search page lists for `query`, in order. */
export async function searchHits(page: Page, siteUrl: string, query: string): Promise<{ title: string; href: string }[]> {
  await page.goto(`${siteUrl}/search/?q=${encodeURIComponent(query)}`)
  await page.waitForFunction(() => {
    const text = document.getElementById('search-status')?.textContent ?? ''
    return text !== '' && !text.includes('正在')
  })
  return page
    .locator('#search-results a')
    .evaluateAll((links) => links.map((link) => ({ title: link.textContent ?? '', href: link.getAttribute('href') ?? '' })))
}

/** True once the worker has folded the search delta into the base: nothing to patch, as a full build has. */
export async function searchCompacted(siteDir: string): Promise<boolean> {
  const stale = await readFile(path.join(siteDir, 'pagefind/stale.json'), 'utf8').catch(() => '')
  return stale === JSON.stringify({ stale: [], delta: false })
}
