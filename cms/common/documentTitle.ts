/**
 * What people call a document and its kind, for messages, the site-build reasons and the
 * 操作日志: 人物「郝景全」. One place, so every message names a document the same way.
 */

/** A document's title, name, alt text, file name or e-mail, whichever it has; else its id. */
export function documentTitle(doc: Record<string, unknown>): string {
  return String(doc.title ?? doc.name ?? doc.alt ?? doc.filename ?? doc.email ?? doc.id ?? '').slice(0, 200)
}

/** A collection's or global's Chinese name (its singular label), else its slug. */
export function configLabel(config: { slug: string; labels?: { singular?: unknown }; label?: unknown }): string {
  const label = config.labels?.singular ?? config.label
  return typeof label === 'string' ? label : config.slug
}
