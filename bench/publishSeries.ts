/**
 * The publish bench's hands on a running stack (bench/publish.ts): the CMS as editors and
 * reviewers use it, the served site polled for a page and searched in Chromium as a
 * reader would, and a series of publishes timed end to end with where each one's time
 * went (bench/publishTimings.ts).
 */
import type { Browser } from 'playwright-core'
import { searchHits } from '../tests/support/search.ts'
import { type PublishTiming, publishTiming, type SiteBuildRecord } from './publishTimings.ts'

export const PASSWORD = 'bench-demo-password'

/** Wall-clock ms (this machine's clock, which the worker's 上线记录 times share), at sub-ms resolution. */
export const wallNow = () => performance.timeOrigin + performance.now()

export class Cms {
  tokens = new Map<string, string>()
  constructor(readonly url: string) {}

  async call<T>(pathAndQuery: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<T> {
    const response = await fetch(`${this.url}${pathAndQuery}`, {
      method: init.method ?? 'GET',
      headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `JWT ${init.token}` } : {}) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
    const body = (await response.json()) as T
    if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${pathAndQuery}: ${response.status} ${JSON.stringify(body)}`)
    return body
  }

  async token(who: string): Promise<string> {
    let token = this.tokens.get(who)
    if (!token) {
      const body = await this.call<{ token: string }>('/api/users/login', {
        method: 'POST',
        body: { email: `${who}@xinghualing.example`, password: PASSWORD },
      })
      token = body.token
      this.tokens.set(who, token)
    }
    return token
  }

  /** An edited draft of a published article, submitted and approved up to the last level. */
  async prepare(id: number, title: string): Promise<void> {
    const editor = await this.token('editor')
    await this.call(`/api/articles/${id}?draft=true`, { method: 'PATCH', token: editor, body: { title, _status: 'draft' } })
    await this.call(`/api/articles/${id}/workflow`, { method: 'POST', token: editor, body: { action: 'submit' } })
    await this.call(`/api/articles/${id}/workflow`, { method: 'POST', token: await this.token('reviewer1'), body: { action: 'approve' } })
  }

  /** The final approval: the publish call. */
  async publish(id: number): Promise<void> {
    await this.call(`/api/articles/${id}/workflow`, { method: 'POST', token: await this.token('reviewer2'), body: { action: 'approve' } })
  }
}

async function servedContains(siteUrl: string, pagePath: string, text: string): Promise<boolean> {
  const response = await fetch(`${siteUrl}${pagePath}`).catch(() => null)
  return response?.ok ? (await response.text()).includes(text) : false
}

export async function waitServed(siteUrl: string, pagePath: string, text: string, timeoutMs = 600_000): Promise<number> {
  const started = wallNow()
  while (!(await servedContains(siteUrl, pagePath, text))) {
    if (wallNow() - started > timeoutMs) throw new Error(`not served within ${timeoutMs} ms: ${pagePath} «${text}»`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return wallNow()
}

/**
 * Polls the site's search page in Chromium until a query finds `url`; returns when it did.
 * Each try loads the page afresh, as a reader would, so it sees the index then served.
 */
export async function waitSearchable(browser: Browser, siteUrl: string, query: string, url: string, timeoutMs = 600_000): Promise<number> {
  const started = wallNow()
  const page = await browser.newPage()
  try {
    for (;;) {
      if ((await searchHits(page, siteUrl, query)).some((hit) => hit.href === url)) return wallNow()
      if (wallNow() - started > timeoutMs) throw new Error(`search did not find ${url} for «${query}» within ${timeoutMs} ms`)
    }
  } finally {
    await page.close()
  }
}

/**
 * Publishes each target in turn (its draft prepared and the queue idle first), and times
 * it: approval → page served → search hit, with the build's record of where its time went.
 */
export async function publishSeries(
  api: Cms,
  adminToken: string,
  idle: () => Promise<void>,
  browser: Browser,
  siteUrl: string,
  targets: { id: number; slug: string }[],
  log: (line: string) => void,
): Promise<PublishTiming[]> {
  const timings: PublishTiming[] = []
  for (const [index, target] of targets.entries()) {
    // A word no other page has, for the search check.
    const marker = `bench${index + 1}mark`
    const title = `基准修订标题 第${index + 1}次 ${marker}`
    await api.prepare(target.id, title)
    await idle()
    await api.publish(target.id)
    const approvedAt = wallNow()
    const servedAt = await waitServed(siteUrl, `/articles/${target.slug}/`, title)
    const searchableAt = await waitSearchable(browser, siteUrl, marker, `/articles/${target.slug}/`)
    const since = new Date(approvedAt - 1000).toISOString()
    const records = await api.call<{ docs: SiteBuildRecord[] }>(
      `/api/site-builds?where[startedAt][greater_than_equal]=${since}&sort=startedAt&limit=20&depth=0`,
      { token: adminToken },
    )
    const timing = publishTiming(approvedAt, servedAt, searchableAt, records.docs, marker)
    timings.push(timing)
    if ((index + 1) % 10 === 0 || timing.searchMs > 2500)
      log(
        `publish ${index + 1}/${targets.length}: page ${Math.round(timing.pageMs)} ms, search ${Math.round(timing.searchMs)} ms, wait ${timing.waitMs} ms, stages ${JSON.stringify(timing.stages)}`,
      )
  }
  return timings
}
