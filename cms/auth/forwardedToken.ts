import { type PayloadRequest, parseCookies } from 'payload'

/**
 * The credentials a request was signed in with, as a JWT header for the loopback preview
 * service, which reads the CMS as this user (a forwarded cookie would carry no browser's
 * CSRF proof). Empty when the request has none.
 */
export function forwardedAuthorization(req: PayloadRequest): Record<string, string> {
  const authorization = req.headers.get('authorization')
  if (authorization?.startsWith('JWT ') || authorization?.startsWith('Bearer ')) return { authorization }
  const cookieToken = parseCookies(req.headers).get(`${req.payload.config.cookiePrefix}-token`)
  return cookieToken ? { authorization: `JWT ${cookieToken}` } : {}
}
