/**
 * The site's servers: a real nginx and a real Caddy (Debian's packages) run with the configs
 * of deploy/, as `npm run deploy:config` renders them, and the Node server of `npm start`,
 * over a live link to a build folder laid out as the site build lays it out. What residents' phones get from them: the
 * precompressed copies, 304s, ranges, the cache rules, the security headers, the Chinese
 * 404, a private `_build/`, and never half of one build and half of another while the live
 * link switches. A missing server fails the file (CI installs both), it is never skipped.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { siteSecurityHeaders } from '../ops/sitePolicy.ts'
import {
  type Answer,
  assertBrotliModule,
  get,
  makeBuilds,
  ODD_MEDIA,
  type RunningServer,
  startCaddy,
  startNginx,
  startNode,
  type TestBuilds,
} from './support/webServers.ts'

const decoded = (answer: Answer): Buffer => {
  switch (answer.headers['content-encoding']) {
    case 'br':
      return brotliDecompressSync(answer.body)
    case 'gzip':
      return gunzipSync(answer.body)
    case undefined:
      return answer.body
    default:
      throw new Error(`unexpected Content-Encoding ${answer.headers['content-encoding']}`)
  }
}
const bytes = (body: string | Buffer) => (typeof body === 'string' ? Buffer.from(body) : body)

/** sirv (the Node server) does not read `bytes=-500` (the last 500 bytes): it sends the whole file, as HTTP allows. */
describe.each([
  ['nginx with the deploy config', startNginx, { suffixRanges: true }],
  ['Caddy with the deploy config', startCaddy, { suffixRanges: true }],
  ['the Node server of npm start', startNode, { suffixRanges: false }],
] as const)('%s', (name, start, can) => {
  let work: string
  let site: TestBuilds
  let server: RunningServer
  const url = (pathname: string) => `${server.url}${pathname}`

  beforeAll(async () => {
    if (start === startNginx) assertBrotliModule()
    work = await mkdtemp(path.join(os.tmpdir(), 'xhl-web-'))
    site = await makeBuilds(work)
    server = await start(work, site.live)
  })

  afterAll(async () => {
    await server?.stop()
    if (work) await rm(work, { recursive: true, force: true })
  })

  it('serves a file whose name holds characters a URL must encode, and % itself', async () => {
    const answer = await get(url(`/${ODD_MEDIA.split('/').map(encodeURIComponent).join('/')}`))
    expect(answer.status).toBe(200)
    expect(answer.body.equals(bytes(site.files.a[ODD_MEDIA] as Buffer))).toBe(true)
  })

  it('sends the precompressed copies to browsers that take them, and the file to others', async () => {
    const page = bytes(site.files.a['index.html'] as string)
    for (const [accept, encoding] of [
      ['br, gzip', 'br'],
      ['gzip', 'gzip'],
      ['identity', undefined],
    ] as const) {
      const answer = await get(url('/'), { 'accept-encoding': accept })
      expect(answer.status).toBe(200)
      expect(answer.headers['content-encoding']).toBe(encoding)
      expect(answer.headers.vary).toMatch(/accept-encoding/i)
      expect(answer.headers['content-type']?.replace(' ', '')).toBe('text/html;charset=utf-8')
      if (encoding) expect(answer.body.length).toBeLessThan(page.length / 10)
      expect(decoded(answer).equals(page)).toBe(true)
    }
    // A file too small to be worth compressing has no copies: it goes out as it is.
    const small = await get(url('/robots.txt'), { 'accept-encoding': 'br, gzip' })
    expect(small.headers['content-encoding']).toBeUndefined()
    expect(small.body.toString()).toBe(site.files.a['robots.txt'])
  })

  it('answers a request with a current ETag with 304 and no body', async () => {
    for (const accept of ['br', 'gzip', 'identity']) {
      const first = await get(url('/figures/hao-jing-quan/'), { 'accept-encoding': accept })
      expect(first.headers.etag).toBeTruthy()
      const again = await get(url('/figures/hao-jing-quan/'), { 'accept-encoding': accept, 'if-none-match': first.headers.etag as string })
      expect(again.status).toBe(304)
      expect(again.body.length).toBe(0)
      const stale = await get(url('/figures/hao-jing-quan/'), { 'accept-encoding': accept, 'if-none-match': '"stale"' })
      expect(stale.status).toBe(200)
    }
  })

  it('answers a Range request with 206 and exactly those bytes (a phone resuming a PDF)', async () => {
    const pdf = site.files.a['print/leaflet.pdf'] as Buffer
    const middle = await get(url('/print/leaflet.pdf'), { range: 'bytes=1000-1999' })
    expect(middle.status).toBe(206)
    expect(middle.headers['content-range']).toBe(`bytes 1000-1999/${pdf.length}`)
    expect(middle.body.equals(pdf.subarray(1000, 2000))).toBe(true)
    const tail = await get(url('/print/leaflet.pdf'), { range: 'bytes=-500' })
    expect(tail.status).toBe(can.suffixRanges ? 206 : 200)
    expect(tail.body.equals(can.suffixRanges ? pdf.subarray(pdf.length - 500) : pdf)).toBe(true)
  })

  it('caches hashed bundles and image sizes for good, and has pages, PDFs and 404s checked each time', async () => {
    for (const pathname of ['/_astro/island.3f9a1c2e.js', '/media/portrait-640x480.webp']) {
      const answer = await get(url(pathname), { 'accept-encoding': 'br, gzip' })
      expect(answer.status, pathname).toBe(200)
      expect(answer.headers['cache-control'], pathname).toBe('public, max-age=31536000, immutable')
    }
    for (const pathname of ['/', '/figures/hao-jing-quan/', '/print/leaflet.pdf', '/robots.txt', '/no-such-page/']) {
      expect((await get(url(pathname))).headers['cache-control'], pathname).toBe('no-cache')
    }
  })

  it('sends the site’s security headers, with the CSP of its inline scripts, on files and errors alike', async () => {
    const expected = siteSecurityHeaders()
    for (const pathname of ['/', '/_astro/island.3f9a1c2e.js', '/print/leaflet.pdf', '/no-such-page/', '/_build/manifest.json']) {
      const answer = await get(url(pathname), { 'accept-encoding': 'gzip' })
      for (const [name, value] of Object.entries(expected)) expect(answer.headers[name], `${pathname} ${name}`).toBe(value)
    }
  })

  it('answers a missing address with the Chinese 404 page and status 404', async () => {
    for (const accept of ['br', 'gzip', 'identity']) {
      const answer = await get(url('/figures/no-such-person/'), { 'accept-encoding': accept })
      expect(answer.status).toBe(404)
      expect(answer.headers['content-type']?.replace(' ', '')).toBe('text/html;charset=utf-8')
      expect(decoded(answer).toString()).toBe(site.files.a['404.html'])
      expect(decoded(answer).toString()).toContain('页面不存在')
    }
  })

  it('keeps the build’s own records private however the address is spelt', async () => {
    for (const pathname of [
      '/_build/manifest.json',
      '/_build',
      '/_build/',
      '/%5Fbuild/manifest.json',
      '/_BUILD/manifest.json',
      '/_build%2Fmanifest.json',
      '/figures/../_build/manifest.json',
      '//_build/manifest.json',
    ]) {
      const answer = await get(url(pathname))
      expect(answer.status, pathname).toBe(404)
      expect(answer.body.toString(), pathname).not.toContain('"files"')
    }
  })

  it('sends a folder’s address without its slash to the address with it, and takes no uploads', async () => {
    const answer = await get(url('/figures/hao-jing-quan?from=qr'))
    expect([301, 308]).toContain(answer.status)
    expect(answer.headers.location).toMatch(/^(http:\/\/127\.0\.0\.1:\d+)?\/figures\/hao-jing-quan\//)
    const posted = await fetch(url('/'), { method: 'POST', body: 'x' })
    expect(posted.status).toBe(405)
  })

  it('serves every answer whole from one build or the other while the live link switches', async () => {
    const pages = { a: bytes(site.files.a['index.html'] as string), b: bytes(site.files.b['index.html'] as string) }
    const seen = { a: 0, b: 0 }
    const failures: string[] = []
    let switching = true
    const reader = async (lane: number) => {
      const encodings = ['br', 'gzip', 'identity']
      for (let round = 0; switching; round++) {
        const accept = encodings[(lane + round) % encodings.length] as string
        const answer = await get(url('/'), { 'accept-encoding': accept }).catch((error: Error) => error)
        if (answer instanceof Error || answer.status !== 200) {
          failures.push(`${accept}: ${answer instanceof Error ? answer.message : answer.status}`)
          continue
        }
        const body = decoded(answer)
        if (body.equals(pages.a)) seen.a++
        else if (body.equals(pages.b)) seen.b++
        else failures.push(`${accept}: ${body.length} bytes from neither build`)
      }
    }
    const readers = Array.from({ length: 6 }, (_, lane) => reader(lane))
    // As fast as the file system allows, for three seconds: far more often than builds ever switch.
    const until = Date.now() + 3000
    let switches = 0
    while (Date.now() < until || switches < 100) {
      await site.use(switches++ % 2 === 0 ? 'b' : 'a')
      await new Promise((resolve) => setImmediate(resolve))
    }
    switching = false
    await Promise.all(readers)
    await site.use('a')
    expect(failures).toEqual([])
    expect(seen.a).toBeGreaterThan(20)
    expect(seen.b).toBeGreaterThan(20)
    console.log(
      `${name}: ${seen.a + seen.b} answers over ${switches} switches of the live link, ${seen.a} from one build, ${seen.b} from the other`,
    )
  })
})
