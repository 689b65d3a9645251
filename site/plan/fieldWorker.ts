/**
 * The 入户代填 page's service worker (/field/sw.js, scope /field/), written out by the plan
 * with what it keeps: the page, its manifest and icons, and the island bundle's files.
 *
 * - install: everything into a cache named by the versions (`field-…`), then it takes over;
 * - activate: the older `field-…` caches go;
 * - the page: network first, so a new version arrives whenever there is a network (kept
 *   for next time), the kept copy when the network fails or stalls;
 * - the kept files (content-hashed, or the icons): from the cache, else the network;
 * - anything else (the participation API above all) is not touched.
 */

export interface FieldWorkerPlan {
  /** The cache's name: changes with every version of the page and the bundle. */
  cache: string
  /** The page's address (/field/). */
  page: string
  /** Site-relative addresses kept for offline use, the page among them. */
  precache: string[]
  /** How long the page may wait for the network before the kept copy is shown. */
  patienceMs: number
}

export function fieldWorkerSource({ cache, page, precache, patienceMs }: FieldWorkerPlan): string {
  return `/* 入户代填: keeps this page for use without a network (site/plan/fieldWorker.ts). */
const CACHE = ${JSON.stringify(cache)}
const PAGE = ${JSON.stringify(page)}
const PRECACHE = ${JSON.stringify(precache)}
const PATIENCE_MS = ${JSON.stringify(patienceMs)}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((path) => new Request(path, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith('field-') && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  )
})

async function pageFirst(event) {
  const network = fetch(event.request).then(async (response) => {
    if (response.ok && !response.redirected) await (await caches.open(CACHE)).put(PAGE, response.clone())
    return response
  })
  event.waitUntil(network.catch(() => null))
  const stalled = new Promise((resolve) => setTimeout(resolve, PATIENCE_MS, null))
  try {
    const answered = await Promise.race([network, stalled])
    if (answered) return answered
  } catch {}
  const kept = await caches.match(PAGE, { cacheName: CACHE })
  return kept || network
}

async function keptFirst(request, path) {
  const kept = await caches.match(path, { cacheName: CACHE })
  return kept || fetch(request)
}

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin) return
  if (request.mode === 'navigate' && (url.pathname === PAGE || url.pathname === PAGE + 'index.html')) {
    event.respondWith(pageFirst(event))
  } else if (PRECACHE.includes(url.pathname) && url.pathname !== PAGE) {
    event.respondWith(keptFirst(request, url.pathname))
  }
})
`
}
