/** Readers hammering a server with autocannon (keep-alive, gzip accepted): the figures every load bench reports. */
import autocannon from 'autocannon'

export interface Run {
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  requests: number
  errors: number
  non2xx: number
  timeouts: number
  /** Bytes on the wire per answer (gzip where the server compresses). */
  bytesPerResponse: number
}

/** `connections` readers asking for `paths` in turn at `url` for `seconds`. */
export async function hammer(url: string, connections: number, paths: string[], seconds: number): Promise<Run> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: { 'accept-encoding': 'gzip' },
    requests: paths.map((pathname) => ({ method: 'GET', path: pathname })),
  })
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    bytesPerResponse: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
  }
}
