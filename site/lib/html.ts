import { isSafeLinkUrl } from '../../contract/vocabulary.ts'

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c)
}

/** Only links the CMS would accept (isSafeLinkUrl) survive; anything else becomes inert. */
export function safeHref(url: string): string {
  return isSafeLinkUrl(url) ? url.trim() : '#'
}
