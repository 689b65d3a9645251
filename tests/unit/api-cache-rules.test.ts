/** What the REST API's cache may answer, and how it reads the request's headers (cms/server/apiCache.ts). */
import { describe, expect, it } from 'vitest'

import { acceptsGzip, cacheKey, matchesEtag } from '../../cms/server/apiCache.ts'

const key = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
  cacheKey(method, url, url.split('?')[0] as string, headers)

describe('cacheKey', () => {
  it('keys anonymous lists and documents of public collections by path and exact query', () => {
    expect(key('/api/articles?depth=1&limit=10')).toBe('/api/articles?depth=1&limit=10')
    expect(key('/api/articles?limit=10&depth=1')).toBe('/api/articles?limit=10&depth=1')
    expect(key('/api/figures/12')).toBe('/api/figures/12')
    expect(key('/api/figures/12', {}, 'HEAD')).toBe('/api/figures/12')
    expect(key('/api/globals/site-settings?depth=1')).toBe('/api/globals/site-settings?depth=1')
  })

  it('lets everything else through to Payload', () => {
    expect(key('/api/articles', {}, 'POST')).toBeNull()
    expect(key('/api/articles?draft=true')).toBeNull()
    expect(key('/api/articles?draft=false')).toBeNull()
    expect(key('/api/articles?trash=true')).toBeNull()
    expect(key('/api/articles', { authorization: 'JWT x' })).toBeNull()
    expect(key('/api/articles', { authorization: 'users API-Key x' })).toBeNull()
    expect(key('/api/articles', { cookie: 'a=1; payload-token=x' })).toBeNull()
    expect(key('/api/users')).toBeNull()
    expect(key('/api/events')).toBeNull()
    expect(key('/api/audit-log')).toBeNull()
    expect(key('/api/articles/versions')).toBeNull()
    expect(key('/api/articles/12/workflow')).toBeNull()
    expect(key('/api/articles/count')).toBeNull()
    expect(key('/api/globals/sensitive-words')).toBeNull()
    expect(key('/api/media/file/a.jpg')).toBeNull()
  })
})

describe('acceptsGzip', () => {
  it('reads q-values', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true)
    expect(acceptsGzip('br;q=1, gzip;q=0.5')).toBe(true)
    expect(acceptsGzip('gzip;q=0, identity')).toBe(false)
    expect(acceptsGzip('*')).toBe(true)
    expect(acceptsGzip('*;q=0.1, gzip;q=0')).toBe(false)
    expect(acceptsGzip(undefined)).toBe(false)
    expect(acceptsGzip('identity')).toBe(false)
  })
})

describe('matchesEtag', () => {
  it('compares weakly, in lists, and takes *', () => {
    expect(matchesEtag('W/"abc"', 'W/"abc"')).toBe(true)
    expect(matchesEtag('"abc"', 'W/"abc"')).toBe(true)
    expect(matchesEtag('"x", W/"abc"', 'W/"abc"')).toBe(true)
    expect(matchesEtag('*', 'W/"abc"')).toBe(true)
    expect(matchesEtag('W/"abd"', 'W/"abc"')).toBe(false)
    expect(matchesEtag(undefined, 'W/"abc"')).toBe(false)
  })
})
