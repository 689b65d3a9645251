/**
 * Reading the XSS corpus back (tests/xss-*.test.ts): the site built with the corpus in it,
 * served and opened in Chromium, and the checks every surface shares — an in-page
 * inspection with a `window.__xss` sentinel (nothing runs, no element or handler is made
 * from content, each payload reads back literally, once decoded, never twice), a page that
 * records pop-ups and script errors, and how a marker's text landed.
 */
import type http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Browser, Page } from 'playwright-core'
import { createStaticServer } from '../../ops/serve.ts'
import { loadSnapshot } from '../../site/loaders/cms.ts'
import { publicContent } from '../../site/model/publicContent.ts'
import type { PublicContent } from '../../site/model/types.ts'
import { launchBrowser } from '../../site/print/browser.ts'
import { buildSite, stack } from './cms.ts'
import { type Spot, spots } from './xss-corpus.ts'

/**
 * Text without whitespace or control characters: PDFs lose line breaks and gain spaces in
 * justified lines (and extract a control character as U+0000); search collapses whitespace.
 */
export const squeeze = (value: string) => [...value].filter((char) => char >= ' ' && !/\s/.test(char)).join('')

/** The text around the first occurrence of a marker, for failure messages. */
export function around(texts: string[], marker: string): string {
  for (const value of texts) {
    const at = value.indexOf(marker)
    if (at >= 0) return JSON.stringify(value.slice(Math.max(0, at - 20), at + 90))
  }
  return '(nowhere)'
}

/** How each occurrence of a spot's marker reads: the whole payload, cut short by a layout (…), or changed. */
export function landings(texts: string[], spot: Pick<Spot, 'marker' | 'text'>): ('full' | 'cut' | 'mangled')[] {
  const found: ('full' | 'cut' | 'mangled')[] = []
  for (const value of texts) {
    for (let at = value.indexOf(spot.marker); at >= 0; at = value.indexOf(spot.marker, at + 1)) {
      const after = value.slice(at)
      if (after.startsWith(spot.text)) {
        found.push('full')
        continue
      }
      let same = 0
      while (same < spot.text.length && after[same] === spot.text[same]) same++
      const rest = after.slice(same)
      found.push(rest === '' || rest.startsWith('…') ? 'cut' : 'mangled')
    }
  }
  return found
}

/**
 * Runs in the page: whether the sentinel was set, every element or attribute content could
 * have made (script with the payload, frames, event handlers, autofocus, javascript: URLs),
 * and every text and attribute value carrying a marker, as the DOM decoded them.
 */
export const INSPECT = `(() => {
  const injected = []
  // Text as shown: every text node but the insides of <script> and <style> (a running head's CSS string).
  let shown = ''
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (!['SCRIPT', 'STYLE'].includes(node.parentElement ? node.parentElement.tagName : '')) shown += node.data
  const texts = [document.title, shown]
  const links = []
  const hrefs = []
  for (const element of document.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase()
    if (['iframe', 'frame', 'frameset', 'object', 'embed', 'base'].includes(tag)) injected.push('<' + tag + '>')
    if (tag === 'script' && (element.textContent || '').includes('__xss')) injected.push('<script>' + element.textContent.slice(0, 80))
    if (tag === 'a' && (element.textContent || '').includes('XQ')) links.push({ href: element.getAttribute('href'), text: element.textContent })
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase()
      if (name.startsWith('on') || name === 'autofocus' || name === 'srcdoc' || name === 'formaction')
        injected.push('<' + tag + ' ' + name + '="' + attribute.value.slice(0, 80) + '">')
      if (['href', 'src', 'action', 'srcset', 'poster', 'data', 'xlink:href', 'cite', 'background'].includes(name) &&
          /^javascript:/i.test(attribute.value.replace(/[\\u0000-\\u0020]/g, '')))
        injected.push('<' + tag + ' ' + name + '="' + attribute.value + '">')
      if (tag === 'meta' && /refresh/i.test(element.getAttribute('http-equiv') || '') && /javascript:/i.test(attribute.value))
        injected.push('<meta refresh ' + attribute.value + '>')
      // Links carry text URL-encoded (map links): kept apart. File names in URLs are checked by loading the images.
      if (name === 'href') hrefs.push(attribute.value)
      else if (name !== 'src' && name !== 'srcset' && name !== 'download') texts.push(attribute.value)
    }
  }
  const marked = (values) => values.filter((value) => value.includes('XQ'))
  return { sentinel: typeof window.__xss, injected, links, texts: marked(texts), hrefs: marked(hrefs) }
})()`

export interface Inspection {
  sentinel: string
  injected: string[]
  links: { href: string | null; text: string }[]
  texts: string[]
  hrefs: string[]
}

let server: http.Server
let browser: Browser

/** The site as built with the corpus in it, served, with a browser to read it in and the build's own view of the content. */
export interface XssSite {
  site: string
  siteUrl: string
  browser: Browser
  buildStartedAt: number
  content: PublicContent
}

/** Builds the site with the corpus published, serves it and launches Chromium; `closeXssSite` ends both. */
export async function serveXssSite(): Promise<XssSite> {
  const buildStartedAt = Date.now()
  const site = await buildSite()
  server = createStaticServer(site)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const siteUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  browser = await launchBrowser()
  // The build's own view of the content, for laying out print pieces here.
  process.env.CMS_URL = stack().cmsUrl
  process.env.SITE_ORIGIN = stack().env.SITE_ORIGIN
  const content = publicContent(await loadSnapshot())
  return { site, siteUrl, browser, buildStartedAt, content }
}

export async function closeXssSite(): Promise<void> {
  await browser?.close()
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
}

/** A page that records pop-ups, script errors and requests for the `x` an injected <img src=x> would fetch. */
export async function openPage(): Promise<{ page: Page; events: string[] }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
  const page = await context.newPage()
  const events: string[] = []
  page.on('dialog', (dialog) => {
    events.push(`pop-up on ${page.url()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  page.on('pageerror', (error) => events.push(`script error on ${page.url()}: ${error.message}`))
  page.on('request', (request) => {
    if (/\/x$/.test(new URL(request.url()).pathname)) events.push(`request for ${request.url()} from ${page.url()}`)
  })
  return { page, events }
}

/** Checks one inspection; returns the problems, each naming the place. */
export function problems(where: string, inspection: Inspection, source: string): string[] {
  const found: string[] = []
  if (inspection.sentinel !== 'undefined') found.push(`${where}: window.__xss was set`)
  for (const item of inspection.injected) found.push(`${where}: ${item}`)
  for (const spot of spots) {
    if (spot.field === '媒体文件名' || !source.includes(spot.marker)) continue
    const texts = spot.inHref ? inspection.hrefs : inspection.texts
    const read = landings(texts, spot)
    if (!read.includes('full') || read.includes('mangled'))
      found.push(`${where}: ${spot.field} (${spot.marker}) not shown literally: ${around(texts, spot.marker)}`)
  }
  for (const anchor of inspection.links) {
    const spot = spots.find((candidate) => candidate.linkUrl && anchor.text.includes(candidate.marker))
    if (spot && anchor.href !== spot.linkUrl) found.push(`${where}: link around ${spot.field} points at ${anchor.href}`)
  }
  return found
}
