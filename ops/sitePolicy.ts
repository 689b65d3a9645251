/**
 * What every server of the public site answers alike, written once: the Node server of
 * `npm start` (ops/serve.ts) and the nginx and Caddy configs (ops/deploy-config.ts) read
 * these. Which paths are cached for good, which are private, which page says 404, and the
 * security headers with the Content-Security-Policy of this deployment.
 */
import { siteHeaders } from '../cms/server/securityHeaders.ts'
import { config } from '../contract/config.ts'
import { inlineScriptHashes } from '../site/scripts/hashes.ts'

/** For files whose name changes whenever their bytes do. */
export const IMMUTABLE = 'public, max-age=31536000, immutable'
/** For everything else: kept, but checked (ETag) before each use, so a publish shows at once. */
export const REVALIDATE = 'no-cache'

/**
 * Paths whose bytes never change under the same name: Astro's bundles (content hash in the
 * name) and the image sizes (`name-640x480.webp`: Payload names a size after its file, and
 * gives a replaced or re-cropped image a new name, never one it still holds). One pattern
 * that JavaScript, PCRE (nginx) and RE2 (Caddy) read alike: no backslashes, no braces.
 */
export const IMMUTABLE_PATH = '^/(_astro/|media/[^/]+-[0-9]+x[0-9]+[.](webp|jpe?g|png|avif)$)'

/** The build's own records (manifest, summary): never served. Matched without regard to case. */
export const PRIVATE_PATH = '^/_build(/|$)'

/** The site's own page for a missing address (Chinese), answered with status 404. */
export const NOT_FOUND_PAGE = '/404.html'

const immutable = new RegExp(IMMUTABLE_PATH)
const privatePath = new RegExp(PRIVATE_PATH, 'i')

export const cacheControl = (pathname: string): string => (immutable.test(pathname) ? IMMUTABLE : REVALIDATE)
export const isPrivate = (pathname: string): boolean => privatePath.test(pathname)

/** The participation API's origin, unless a proxy serves it under the site's own (then 'self' covers it). */
function participationOrigins(): string[] {
  const { participationUrl, siteOrigin } = config()
  const origin = new URL(participationUrl).origin
  return origin === new URL(siteOrigin).origin ? [] : [origin]
}

/** The security headers of every answer of the site, as this deployment's settings make them. */
export const siteSecurityHeaders = (): Record<string, string> => siteHeaders(inlineScriptHashes(), participationOrigins())
