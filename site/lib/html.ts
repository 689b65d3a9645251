const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c)
}

/** Only http(s), mailto, tel and site-relative links survive; anything else becomes inert. */
export function safeHref(url: string): string {
  const trimmed = url.trim()
  if (/^(https?:|mailto:|tel:|\/(?!\/)|#)/i.test(trimmed)) return trimmed
  return '#'
}
