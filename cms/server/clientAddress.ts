/**
 * Who is asking, by network address. The admin's front server (server/front.ts) decides
 * once per request and passes the answer on in one header it sets itself, overwriting
 * whatever the client sent: `X-Forwarded-For` counts only when it comes from a proxy named
 * in TRUSTED_PROXIES, so a client cannot claim to be someone else.
 */
import type { IncomingMessage } from 'node:http'

import proxyaddr from 'proxy-addr'

export const CLIENT_ADDRESS_HEADER = 'x-xhl-client-address'

/** TRUSTED_PROXIES: addresses or CIDR ranges of the reverse proxies in front of the admin ("loopback" for one on this machine). */
export function trustedProxies(value = process.env.TRUSTED_PROXIES ?? ''): (address: string, hop: number) => boolean {
  const list = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  return proxyaddr.compile(list)
}

/** The client's address: the socket's peer, or the nearest untrusted hop of X-Forwarded-For behind trusted proxies. */
export function resolveClientAddress(request: IncomingMessage, trust: (address: string, hop: number) => boolean): string {
  return proxyaddr(request, trust).replace(/^::ffff:/, '')
}

/** Inside the admin: the address the front server found, or "unknown" for a request that did not pass through it. */
export function addressOf(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown'
}
