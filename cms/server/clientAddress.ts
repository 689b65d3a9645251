/**
 * Who is asking, by network address. The admin's front server (server/front.ts) decides
 * once per request and passes the answer on in one header it sets itself, overwriting
 * whatever the client sent: `X-Forwarded-For` counts only when it comes from a proxy named
 * in TRUSTED_PROXIES, so a client cannot claim to be someone else.
 */
import type { IncomingMessage } from 'node:http'

import ipaddr from 'ipaddr.js'
import proxyaddr from 'proxy-addr'

import { config } from '../../contract/config'

export const CLIENT_ADDRESS_HEADER = 'x-xhl-client-address'

/** TRUSTED_PROXIES: addresses or CIDR ranges of the reverse proxies in front of the admin ("loopback" for one on this machine). */
export function trustedProxies(list: readonly string[] = config().trustedProxies): (address: string, hop: number) => boolean {
  return proxyaddr.compile([...list])
}

/** The client's address: the socket's peer, or the nearest untrusted hop of X-Forwarded-For behind trusted proxies. */
export function resolveClientAddress(request: IncomingMessage, trust: (address: string, hop: number) => boolean): string {
  return proxyaddr(request, trust).replace(/^::ffff:/, '')
}

/** Inside the admin: the address the front server found, or "unknown" for a request that did not pass through it. */
export function addressOf(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown'
}

/**
 * The address as the sign-in throttles count it: an IPv6 client is one /64 network (a home
 * or phone gets a whole /64 and can pick any address in it); IPv4 as it is.
 */
export function throttleAddress(address: string): string {
  if (!ipaddr.isValid(address)) return address
  const parsed = ipaddr.parse(address)
  if (parsed.kind() === 'ipv4') return parsed.toString()
  const v6 = parsed as ipaddr.IPv6
  if (v6.isIPv4MappedAddress()) return v6.toIPv4Address().toString()
  return `${v6.parts
    .slice(0, 4)
    .map((part) => part.toString(16))
    .join(':')}::/64`
}
