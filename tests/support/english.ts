/**
 * Finding Payload's English in an admin page: the words of every string in Payload's own
 * English UI translations, looked for in what the page shows (its visible text, title,
 * placeholders, labels and tooltips). File names, addresses, emails and slugs are data, not
 * UI, and are left out; so are the few terms the office uses in English (PDF, CMYK …).
 */
import { en } from '@payloadcms/translations/languages/en'
import type { Page } from 'playwright-core'

const ALLOWED = new Set(['pdf', 'cmyk', 'rgb', 'icp', 'qr', 'svg', 'png', 'jpg', 'jpeg', 'webp', 'kb', 'mb', 'gb', 'px', 'mm', 'id'])

function payloadWords(): Set<string> {
  const words = new Set<string>()
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      for (const word of value.replace(/\{\{[^}]*\}\}|<[^>]*>/g, ' ').match(/[A-Za-z]{2,}/g) ?? []) words.add(word.toLowerCase())
    } else if (value && typeof value === 'object') Object.values(value).forEach(walk)
  }
  walk(en.translations)
  for (const word of ALLOWED) words.delete(word)
  return words
}

const WORDS = payloadWords()

// Data that is written in Latin letters but is not UI: addresses, emails, file names, slugs, MIME types.
const DATA = [
  /https?:\/\/\S+/g,
  /[\w.+-]+@[\w.-]+/g,
  /[\w.-]+\.(png|jpe?g|webp|avif|svg|pdf|zip|html|xml|json)\b/gi,
  /\b[a-z]+\/[a-z0-9.+-]+\b/g,
  /\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g,
  // Setting names the admin is told to set (SMTP_URL).
  /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g,
]

/** The Payload English words in `text`, once each. */
export function englishWords(text: string): string[] {
  let rest = text
  for (const pattern of DATA) rest = rest.replace(pattern, ' ')
  const found = (rest.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => WORDS.has(word.toLowerCase()))
  return [...new Set(found)]
}

/** Raw record ids where a person expects a name. */
const RAW_IDS = [/\bID\s*[:：]\s*\d+/, /\b\d{8}T\d{9}-\d+\b/, /\bvm:\d+/]

export function rawIds(text: string): string[] {
  return RAW_IDS.flatMap((pattern) => text.match(pattern)?.[0] ?? [])
}

/**
 * Everything the page shows a person in words, except what people wrote: elements marked
 * `data-content` (a caught mail's subject and body) hold data, not the admin's words.
 */
export function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    for (const element of document.querySelectorAll('[data-content]')) element.remove()
    const attributes = [...document.querySelectorAll('[placeholder], [title], [aria-label], img[alt]')]
      .filter((element) => (element as HTMLElement).offsetParent !== null || element.tagName === 'IMG')
      .flatMap((element) => ['placeholder', 'title', 'aria-label', 'alt'].map((name) => element.getAttribute(name) ?? ''))
    // biome-ignore lint/performance/useDomNodeTextContent: what is shown, not hidden markup, is checked
    return [document.title, document.body.innerText, ...attributes].join('\n')
  })
}
