/**
 * 居民参与 (issue 18): what the proof-of-work gate costs. On `npm start` with a fresh
 * embedded database (the admin trusts a proxy on loopback, so each simulated resident
 * comes from an address of its own and the per-address throttles measure nothing here):
 * - solving one challenge in Node on one server core (the floor a fast device reaches);
 * - 留言 submissions accepted per second with the challenge on (pre-solved, 16 at a time,
 *   each from its own device and address), beside challenges issued per second in the
 *   same run as the anchor;
 * - one challenge solved by the real widget on the site's /messages/ page in Chromium at
 *   390 px with CPU throttling 4× (CDP). CDP throttles the page's thread only, not the
 *   widget's workers (Chromium refuses it for workers), so this row understates a slow
 *   phone; docs/design/islands-prototype.md has the figures with every thread slowed.
 * BENCH=participation runs only this; writes bench/results/participation.json.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { type Challenge, solveChallenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2'

import { NOTICE_VERSION } from '../contract/participation.ts'
import { rootDir } from '../contract/paths.ts'
import { launchBrowser } from '../site/print/browser.ts'
import { percentile, startStack } from './stack.ts'

const SUBMISSIONS = 200
const CONCURRENCY = 16
const PHONE_RUNS = 10
const round = (ms: number) => Math.round(ms * 10) / 10
const summary = (values: number[]) => ({ medianMs: round(percentile(values, 50)), p95Ms: round(percentile(values, 95)) })

async function inParallel<T>(count: number, work: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count)
  let next = 0
  const lanes = Array.from({ length: CONCURRENCY }, async () => {
    while (next < count) {
      const index = next++
      results[index] = await work(index)
    }
  })
  await Promise.all(lanes)
  return results
}

const from = (index: number) => ({ 'x-forwarded-for': `198.18.${Math.floor(index / 200)}.${index % 200}` })

async function challenge(api: string, index: number): Promise<Challenge> {
  const response = await fetch(`${api}/challenge?form=messages`, { headers: from(index) })
  return (await response.json()) as Challenge
}

async function solvedPayloads(api: string): Promise<{ payloads: string[]; solveMs: number[]; issuedPerSecond: number }> {
  const started = performance.now()
  const challenges = await inParallel(SUBMISSIONS, (index) => challenge(api, index))
  const issuedPerSecond = Math.round(SUBMISSIONS / ((performance.now() - started) / 1000))
  const solveMs: number[] = []
  const payloads: string[] = []
  for (const item of challenges) {
    const t = performance.now()
    const solution = await solveChallenge({ challenge: item, deriveKey })
    solveMs.push(performance.now() - t)
    payloads.push(Buffer.from(JSON.stringify({ challenge: item, solution })).toString('base64'))
  }
  return { payloads, solveMs, issuedPerSecond }
}

async function submitAll(api: string, payloads: string[]) {
  const started = performance.now()
  const statuses = await inParallel(payloads.length, async (index) => {
    const response = await fetch(`${api}/messages`, {
      method: 'POST',
      headers: { ...from(index), 'content-type': 'application/json', 'x-device-token': `bench-device-${String(index).padStart(16, '0')}` },
      body: JSON.stringify({ kind: 'consult', body: `压力测试留言 第 ${index + 1} 条`, consent: NOTICE_VERSION, altcha: payloads[index] }),
    })
    await response.arrayBuffer()
    return response.status
  })
  const seconds = (performance.now() - started) / 1000
  const accepted = statuses.filter((status) => status === 201).length
  return {
    accepted,
    refused: statuses.length - accepted,
    acceptedPerSecond: Math.round(accepted / seconds),
    statuses: [...new Set(statuses)],
  }
}

/** The widget on the real page, under CDP throttling 4×: reset and verify, PHONE_RUNS times. */
async function phoneSolve(siteUrl: string): Promise<number[]> {
  const browser = await launchBrowser()
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
    await page.goto(`${siteUrl}/messages/`)
    await page.waitForSelector('.message-form fieldset:not([disabled]) altcha-widget')
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    return await page.evaluate(async (runs) => {
      const widget = document.querySelector('altcha-widget') as unknown as { reset(): void; verify(): Promise<unknown> }
      const times: number[] = []
      for (let run = 0; run < runs; run++) {
        widget.reset()
        const t = performance.now()
        await widget.verify()
        times.push(performance.now() - t)
      }
      return times
    }, PHONE_RUNS)
  } finally {
    await browser.close()
  }
}

export async function benchParticipation(): Promise<Record<string, unknown>> {
  const stack = await startStack('xhl-bench-participation-', { TRUSTED_PROXIES: 'loopback' })
  try {
    const api = `${stack.cms}/api/participation`
    const { payloads, solveMs, issuedPerSecond } = await solvedPayloads(api)
    const submitted = await submitAll(api, payloads)
    const phone = await phoneSolve(`http://localhost:${stack.env.SITE_PORT}`)
    const result = {
      submissions: SUBMISSIONS,
      concurrency: CONCURRENCY,
      anchorChallengesIssuedPerSecond: issuedPerSecond,
      ...submitted,
      solveOneServerCore: summary(solveMs),
      solveChromium390Cpu4x: { ...summary(phone), runs: phone.map(round) },
    }
    console.log('\n居民参与：防机器人验证的代价')
    console.table({
      '签发验证题（锚点）': { 每秒: issuedPerSecond },
      '接受留言（已解题，16 并发）': { 每秒: submitted.acceptedPerSecond },
    })
    console.table({
      服务器单核解一题: result.solveOneServerCore,
      '手机页面 390 像素、CPU 降速 4×（仅主线程）': summary(phone),
    })
    await mkdir(path.join(rootDir, 'bench/results'), { recursive: true })
    await writeFile(path.join(rootDir, 'bench/results/participation.json'), `${JSON.stringify(result, null, 2)}\n`)
    return result
  } finally {
    await stack.stop()
  }
}
