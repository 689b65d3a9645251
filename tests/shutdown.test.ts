/**
 * `npm start` stopped the ways a terminal or a service manager stops it (issue 14): SIGINT,
 * SIGTERM or SIGHUP, to its process group or to the process alone, while it is busy —
 * building the site, or publishing. Every time, nothing it started is left: no admin, no
 * site server, no print preview, no worker, no embedded PostgreSQL, no port held.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { chmod, mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { findFreePort } from '../contract/ports.ts'
import { api, stack } from './support/cms.ts'
import { commandOf, descendants, isAlive } from './support/processTree.ts'

const root = path.resolve(import.meta.dirname, '..')

interface Started {
  child: ChildProcess
  output: () => string
  ports: number[]
  exited: Promise<number | null>
}

/** One data folder for every start in this file (the embedded database is made once); open to the postgres user it runs as under root. */
let dataDir: Promise<string> | undefined
const sharedDataDir = () => {
  dataDir ??= mkdtemp(path.join(os.tmpdir(), 'xhl-shutdown-')).then(async (folder) => {
    await chmod(folder, 0o755)
    return folder
  })
  return dataDir
}

/** Waits for `text` in the output; fails at once, with the output, if npm start exits first. */
async function waitFor(started: Started, text: string | RegExp, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout
  let exited = false
  void started.exited.then(() => {
    exited = true
  })
  const seen = () => (typeof text === 'string' ? started.output().includes(text) : text.test(started.output()))
  while (!seen()) {
    if (exited || Date.now() > deadline)
      throw new Error(`npm start ${exited ? 'exited' : 'timed out'} before “${text}”:\n${started.output().slice(-3000)}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/** `npm start` in a process group of its own, as a terminal runs it, with the embedded PostgreSQL in a data folder of this test. */
async function npmStart(): Promise<Started> {
  const ports = [await findFreePort(), await findFreePort(), await findFreePort()]
  const [port, sitePort, previewPort] = ports as [number, number, number]
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PAYLOAD_SECRET: stack().env.PAYLOAD_SECRET,
    DEMO_PASSWORD: stack().demoPassword,
    DATA_DIR: path.join(await sharedDataDir(), 'data'),
    SITE_DIR: path.join(await sharedDataDir(), 'dist'),
    MEDIA_DIR: path.join(await sharedDataDir(), 'media'),
    PORT: String(port),
    SITE_PORT: String(sitePort),
    PRINT_PREVIEW_PORT: String(previewPort),
    CMS_URL: `http://127.0.0.1:${port}`,
  }
  delete env.DATABASE_URL
  const child = spawn('npm', ['start'], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
  return { child, output: () => output, ports, exited }
}

/** Sends `signal` (to the group or the process), and checks that every process the start made is gone and every port free. */
async function stopAndCheck(started: Started, signal: NodeJS.Signals, target: 'group' | 'process'): Promise<void> {
  const pid = started.child.pid as number
  const tree = descendants(pid)
  expect(tree.length, 'processes running before the signal').toBeGreaterThan(3)
  process.kill(target === 'group' ? -pid : pid, signal)
  await started.exited
  await expect.poll(() => tree.filter(isAlive).map((each) => `${each} ${commandOf(each)}`), { timeout: 30_000, interval: 250 }).toEqual([])
  for (const port of started.ports) await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow()
}

describe('npm start stopped while busy', () => {
  it('SIGTERM to the group while it builds the site', { timeout: 300_000 }, async () => {
    const started = await npmStart()
    // The first start builds every page and PDF: busy for a while.
    await waitFor(started, '公众网站与打印 PDF', 240_000)
    await new Promise((resolve) => setTimeout(resolve, 1500))
    await stopAndCheck(started, 'SIGTERM', 'group')
  })

  it.each([
    ['SIGINT', 'group'],
    ['SIGHUP', 'process'],
    ['SIGTERM', 'process'],
  ] as const)('%s to the %s while the worker publishes', { timeout: 300_000 }, async (signal, target) => {
    const started = await npmStart()
    await waitFor(started, '全部就绪', 240_000)
    // A change residents see: the worker starts a build (pages, PDFs, search) at once.
    const base = `http://127.0.0.1:${started.ports[0]}`
    const { body } = await api<{ token: string }>('/api/users/login', {
      method: 'POST',
      body: { email: 'admin@xinghualing.example', password: stack().demoPassword },
      base,
    })
    const settings = await api<{ siteName: string }>('/api/globals/site-settings', { base })
    await api('/api/globals/site-settings', { method: 'POST', token: body.token, body: { siteName: `${settings.body.siteName}` }, base })
    await waitFor(started, /网站构建 \S+：共/, 30_000)
    await stopAndCheck(started, signal, target)
  })
})
