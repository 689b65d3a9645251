import { isSafeLinkUrl } from '../../contract/vocabulary.ts'

export { escapeHtml } from '../../contract/html.ts'

/** Only links the CMS would accept (isSafeLinkUrl) survive; anything else becomes inert. */
export function safeHref(url: string): string {
  return isSafeLinkUrl(url) ? url.trim() : '#'
}
