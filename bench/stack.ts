/**
 * `npm start` on a fresh embedded database, for benches that need the whole product
 * running: its URLs, the demo password, a JSON caller, and a stop that cleans up.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { rm } from 'node:fs/promises'
import path from 'node:path'

import { rootDir } from '../contract/paths.ts'
import { freshStart } from './start.ts'

/** The settings of a stack kept in `work`: its own database, folders and admin port, the demo accounts' password. */
export function scratchEnv(work: string, databaseUrl: string, port: number, password: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: `bench-${Date.now()}-${Math.random()}`,
    DEMO_PASSWORD: password,
    MEDIA_DIR: path.join(work, 'media'),
    DATA_DIR: path.join(work, 'data'),
    SITE_DIR: path.join(work, 'dist'),
    CMS_URL: `http://127.0.0.1:${port}`,
    SITE_ORIGIN: 'https://xhl.example.cn',
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: '1',
  }
}

/** The p-th percentile (0–100) of `values`, nearest rank. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0
}

export async function call<T>(
  base: string,
  pathAndQuery: string,
  init: { method?: string; token?: string; body?: unknown } = {},
): Promise<T> {
  const response = await fetch(`${base}${pathAndQuery}`, {
    method: init.method ?? 'GET',
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { authorization: `JWT ${init.token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${pathAndQuery}: HTTP ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

function waitForLine(child: ChildProcess, pattern: RegExp): Promise<string> {
  let output = ''
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = pattern.exec(output)
      if (match) resolve(match[1] ?? '')
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output.slice(-2000)}`)))
  })
}

export interface Stack {
  cms: string
  site: string
  env: NodeJS.ProcessEnv
  /** A session token for a demo account: editor, reviewer1, admin … */
  token(name: string): Promise<string>
  stop(): Promise<void>
}

export async function startStack(prefix: string, extraEnv: Record<string, string> = {}): Promise<Stack> {
  const { work, env: startEnv, sitePort } = await freshStart(prefix)
  const env = { ...startEnv, ...extraEnv }
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', 'ops/start.ts'], { cwd: rootDir, env })
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
    await rm(work, { recursive: true, force: true })
  }
  try {
    // Printed in the last block, after 全部就绪.
    const password = await waitForLine(child, /全部就绪[\s\S]*示例密码\s+([\w-]+)/)
    const cms = env.CMS_URL as string
    const token = async (name: string) =>
      (await call<{ token: string }>(cms, '/api/users/login', { method: 'POST', body: { email: `${name}@xinghualing.example`, password } }))
        .token
    return { cms, site: `http://127.0.0.1:${sitePort}`, env, token, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
