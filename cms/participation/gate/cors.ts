/**
 * CORS for the participation API only: the public site (SITE_ORIGIN) may call it from a
 * resident's browser, without cookies, so Payload's session and CSRF never come into
 * it. Everything else in the admin keeps Payload's default (no CORS at all).
 */
import { config } from '../../../contract/config'
import { DEVICE_HEADER } from '../../../contract/participation'

export function corsHeaders(requestOrigin: string | null): Record<string, string> {
  const site = new URL(config().siteOrigin).origin
  const base = { vary: 'Origin', 'cache-control': 'no-store' }
  if (requestOrigin !== site) return base
  return {
    ...base,
    'access-control-allow-origin': site,
    'access-control-allow-methods': 'GET, POST, DELETE',
    'access-control-allow-headers': `content-type, authorization, ${DEVICE_HEADER}`,
    'access-control-max-age': '600',
  }
}
