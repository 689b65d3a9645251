/**
 * Sign-in timing (issue 14): does a failed sign-in take as long for an account that does
 * not exist as for one that does? 50 wrong passwords for real accounts and 50 for unknown
 * addresses, interleaved, each from an address of its own (the admin trusts a proxy on
 * loopback, so the throttles never step in), on `npm start` with a fresh embedded
 * database. Reports both medians and their difference, and whether every answer had the
 * same status and body. BENCH=login runs only this; writes bench/results/login.json.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { rootDir } from '../contract/paths.ts'
import { call, percentile, startStack } from './stack.ts'

const TRIES = 50
const ACCOUNTS = 10

async function attempt(cms: string, email: string, from: string): Promise<{ ms: number; status: number; body: string }> {
  const started = performance.now()
  const response = await fetch(`${cms}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: JSON.stringify({ email, password: 'not-the-right-password' }),
  })
  const body = await response.text()
  return { ms: performance.now() - started, status: response.status, body }
}

export async function benchLogin(): Promise<Record<string, unknown>> {
  const stack = await startStack('xhl-bench-login-', { TRUSTED_PROXIES: 'loopback' })
  try {
    const admin = await stack.token('admin')
    const accounts: string[] = []
    for (let n = 0; n < ACCOUNTS; n++) {
      const email = `timing-${n}@xinghualing.example`
      await call(stack.cms, '/api/users', {
        method: 'POST',
        token: admin,
        body: { email, password: 'tall-river-lamp-83', name: `计时${n}`, role: 'editor' },
      })
      accounts.push(email)
    }
    // Warm both paths once, outside the figures.
    await attempt(stack.cms, accounts[0] as string, '198.18.255.1')
    await attempt(stack.cms, 'warm-up@xinghualing.example', '198.19.255.1')
    const real: { ms: number; status: number; body: string }[] = []
    const unknown: { ms: number; status: number; body: string }[] = []
    for (let n = 0; n < TRIES; n++) {
      real.push(await attempt(stack.cms, accounts[n % ACCOUNTS] as string, `198.18.${n}.1`))
      unknown.push(await attempt(stack.cms, `nobody-${n}@xinghualing.example`, `198.19.${n}.1`))
    }
    const median = (runs: { ms: number }[]) =>
      Math.round(
        percentile(
          runs.map((run) => run.ms),
          50,
        ) * 10,
      ) / 10
    const same = real.every((run, n) => run.status === unknown[n]?.status && run.body === unknown[n]?.body)
    const result = {
      tries: TRIES,
      realMedianMs: median(real),
      unknownMedianMs: median(unknown),
      differenceMs: Math.round(Math.abs(median(real) - median(unknown)) * 10) / 10,
      sameStatusAndBody: same,
      statuses: [...new Set([...real, ...unknown].map((run) => run.status))],
    }
    console.log('\n登录耗时（错误密码，各 50 次）')
    console.table({ 已有账号: { 中位数毫秒: result.realMedianMs }, 不存在的账号: { 中位数毫秒: result.unknownMedianMs } })
    console.log(`相差 ${result.differenceMs} 毫秒；状态码与内容${same ? '完全相同' : '不同'}`)
    await mkdir(path.join(rootDir, 'bench/results'), { recursive: true })
    await writeFile(path.join(rootDir, 'bench/results/login.json'), `${JSON.stringify(result, null, 2)}\n`)
    return result
  } finally {
    await stack.stop()
  }
}
