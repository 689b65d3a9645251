/**
 * The Content-Security-Policy hashes of the site's inline scripts. The scripts are these
 * files, put into the pages verbatim by the layouts (`?raw` imports); the hashes come from
 * the same files, never from a built page, so a script that reached a page any other way
 * (content that slipped through escaping) does not run.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const INLINE_SCRIPTS = ['elder-init.js', 'elder-controls.js', 'read-aloud.js', 'share-link.js', 'search.js', 'screen.js'] as const

const folder = path.dirname(fileURLToPath(import.meta.url))

/** 'sha256-…' for each inline script, as CSP's script-src lists them. */
export function inlineScriptHashes(): string[] {
  return INLINE_SCRIPTS.map(
    (name) =>
      `sha256-${createHash('sha256')
        .update(readFileSync(path.join(folder, name)))
        .digest('base64')}`,
  )
}
