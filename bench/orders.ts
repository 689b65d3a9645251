/**
 * 文明课单 点单 under load (issue 19): 50 residents at once, each with a device of its own,
 * ordering from one published 课单 through the whole gate (challenge, honeypot, consent,
 * the per-device, per-form and per-code rules). On `npm start` with a fresh embedded
 * database; the bench's address (loopback) is on PARTICIPATION_LIMIT_EXEMPT, which lets it
 * past the per-address throttles only — the challenge stays on.
 * - challenges are fetched 50 at a time (the anchor: the lightest gated endpoint under the
 *   same concurrency) and solved before the timed part, the solve cost reported apart;
 * - the orders are POSTed 50 at a time (ORDERS_PER_RESIDENT each, under the per-device
 *   limit of 5 an hour): p50/p95 of the POST and the errors, which must be none;
 * - every receipt code is then looked up 50 at a time (a second anchor, a read).
 * BENCH=orders runs only this; writes bench/results/orders.json.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { type Challenge, solveChallenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2'

import { DEVICE_HEADER, NOTICE_VERSION, PARTICIPATION_PREFIX } from '../contract/participation.ts'
import { rootDir } from '../contract/paths.ts'
import { call, percentile, type Stack, startStack } from './stack.ts'

const RESIDENTS = 50
const ORDERS_PER_RESIDENT = 4
const ORDERS = RESIDENTS * ORDERS_PER_RESIDENT
const round = (ms: number) => Math.round(ms * 10) / 10
const summary = (values: number[]) => ({
  count: values.length,
  p50Ms: round(percentile(values, 50)),
  p95Ms: round(percentile(values, 95)),
  maxMs: round(Math.max(...values)),
})

/** `count` jobs, RESIDENTS at a time; each job's time and answer. */
async function fiftyAtATime<T>(
  count: number,
  work: (index: number) => Promise<T>,
): Promise<{ results: T[]; ms: number[]; wallMs: number }> {
  const results: T[] = new Array(count)
  const ms: number[] = new Array(count)
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: RESIDENTS }, async () => {
      while (next < count) {
        const index = next++
        const t = performance.now()
        results[index] = await work(index)
        ms[index] = performance.now() - t
      }
    }),
  )
  return { results, ms, wallMs: performance.now() - started }
}

/** A published 课单 at the first published place, through the review like any editor's. */
async function publishItem(stack: Stack): Promise<number> {
  const editor = await stack.token('editor')
  const places = await call<{ docs: { id: number; area: number | { id: number } }[] }>(
    stack.cms,
    '/api/places?limit=1&depth=0&where[_status][equals]=published',
    { token: editor },
  )
  const place = places.docs[0]
  if (!place) throw new Error('示例内容里没有已发布的阵地')
  const made = await call<{ doc: { id: number } }>(stack.cms, '/api/service-items?draft=true', {
    method: 'POST',
    token: editor,
    body: {
      title: '垃圾分类进社区讲座',
      kind: 'lecture',
      place: place.id,
      summary: '志愿者讲解垃圾分类的方法，现场答疑。',
      duration: 60,
      capacity: 30,
      provider: { kind: 'team' },
      booking: { leadDays: 0 },
      area: typeof place.area === 'object' ? place.area.id : place.area,
      _status: 'draft',
    },
  })
  for (const [who, action] of [
    ['editor', 'submit'],
    ['reviewer1', 'approve'],
    ['reviewer2', 'approve'],
  ] as const) {
    await call(stack.cms, `/api/service-items/${made.doc.id}/workflow`, { method: 'POST', token: await stack.token(who), body: { action } })
  }
  return made.doc.id
}

const inDays = (days: number) => `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T14:00:00+08:00`

async function timed(url: string, init: RequestInit = {}): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, init)
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : null }
}

export async function benchOrders(): Promise<Record<string, unknown>> {
  const stack = await startStack('xhl-bench-orders-', { PARTICIPATION_LIMIT_EXEMPT: '127.0.0.1/32,::1/128' })
  try {
    const api = `${stack.cms}${PARTICIPATION_PREFIX}`
    // The site's own origin (SITE_ORIGIN), as a resident's browser sends it.
    const origin = { origin: stack.env.SITE_ORIGIN as string }
    const item = await publishItem(stack)
    const challenges = await fiftyAtATime(ORDERS, () => timed(`${api}/challenge?form=services`, { headers: origin }))
    const solveMs: number[] = []
    const payloads = challenges.results.map(({ body }) => body as Challenge)
    const solvedPayloads: string[] = []
    for (const challenge of payloads) {
      const t = performance.now()
      const solution = await solveChallenge({ challenge, deriveKey })
      solveMs.push(performance.now() - t)
      solvedPayloads.push(Buffer.from(JSON.stringify({ challenge, solution })).toString('base64'))
    }
    const device = (index: number) => `bench-resident-${String(index % RESIDENTS).padStart(12, '0')}`
    const orders = await fiftyAtATime(ORDERS, (index) =>
      timed(`${api}/services/orders`, {
        method: 'POST',
        headers: { ...origin, 'content-type': 'application/json', [DEVICE_HEADER]: device(index) },
        body: JSON.stringify({
          item,
          group: `第${(index % RESIDENTS) + 1}楼居民`,
          people: 10 + (index % 20),
          wantedAt: inDays(3 + (index % 20)),
          venue: '社区活动室',
          consent: NOTICE_VERSION,
          altcha: solvedPayloads[index],
        }),
      }),
    )
    const receipts = orders.results.map(({ body }) => (body as { receipt?: string } | null)?.receipt).filter(Boolean) as string[]
    const lookups = await fiftyAtATime(receipts.length, (index) => timed(`${api}/receipts/${receipts[index]}`, { headers: origin }))
    const errors = <T extends { status: number }>(list: T[], ok: number) => list.filter(({ status }) => status !== ok)
    const failed = errors(orders.results, 201)
    const result = {
      residents: RESIDENTS,
      concurrency: RESIDENTS,
      orders: ORDERS,
      exempt: stack.env.PARTICIPATION_LIMIT_EXEMPT,
      orderPost: { ...summary(orders.ms), perSecond: Math.round(ORDERS / (orders.wallMs / 1000)) },
      orderErrors: failed.length,
      orderErrorStatuses: [...new Set(failed.map(({ status }) => status))],
      firstError: failed[0]?.body ?? null,
      anchorChallenge: { ...summary(challenges.ms), errors: errors(challenges.results, 200).length },
      anchorReceiptLookup: { ...summary(lookups.ms), errors: errors(lookups.results, 200).length },
      solveOneServerCore: { ...summary(solveMs), totalMs: Math.round(solveMs.reduce((a, b) => a + b, 0)) },
      // The machine's 1/5/15-minute load and cores at the end: a shared host slows every row alike.
      hostLoad: { loadAverage: os.loadavg().map((value) => Math.round(value * 10) / 10), cores: os.availableParallelism() },
    }
    console.log('\n文明课单：50 位居民同时点单')
    console.table({
      '点单 POST': result.orderPost,
      '取验证题（锚点）': result.anchorChallenge,
      '回执码查询（锚点）': result.anchorReceiptLookup,
      '服务器单核解一题（计时之外）': result.solveOneServerCore,
    })
    console.log(`点单出错：${failed.length} 次`)
    await mkdir(path.join(rootDir, 'bench/results'), { recursive: true })
    await writeFile(path.join(rootDir, 'bench/results/orders.json'), `${JSON.stringify(result, null, 2)}\n`)
    if (failed.length > 0) throw new Error(`点单出错 ${failed.length} 次：${JSON.stringify(failed[0])}`)
    return result
  } finally {
    await stack.stop()
  }
}
