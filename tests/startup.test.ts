/** `npm start` refuses bad configuration with one clear line, and seeding is idempotent. */
import { spawn } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { findFreePort } from '../contract/ports.ts'
import { run } from '../ops/processes.ts'
import { api, stack } from './support/cms.ts'

const root = path.resolve(import.meta.dirname, '..')

async function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string; stdout: string }> {
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', 'ops/start.ts'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: path.join(stack().workDir, 'start-data'), PRINT_PREVIEW_PORT: String(await findFreePort()), ...env },
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  return { code, stderr, stdout }
}

describe('npm start with bad configuration', () => {
  it('names an unreachable DATABASE_URL in one line and exits non-zero', async () => {
    const result = await start({
      DATABASE_URL: 'postgres://postgres:secret@127.0.0.1:9/nowhere',
      PORT: String(await findFreePort()),
      SITE_PORT: String(await findFreePort()),
    })
    expect(result.code).not.toBe(0)
    const errorLines = result.stderr.trim().split('\n')
    expect(errorLines).toHaveLength(1)
    expect(errorLines[0]).toContain('无法连接 DATABASE_URL')
    expect(errorLines[0]).toContain('127.0.0.1:9')
    expect(errorLines[0]).not.toContain('secret')
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('names a DATABASE_URL that is not a URL', async () => {
    const result = await start({ DATABASE_URL: 'not a url', PORT: String(await findFreePort()), SITE_PORT: String(await findFreePort()) })
    expect(result.code).not.toBe(0)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toContain('DATABASE_URL')
  })

  it('says which port is in use and exits', async () => {
    const blocker = net.createServer()
    await new Promise<void>((resolve) => blocker.listen(0, resolve))
    const busy = (blocker.address() as net.AddressInfo).port
    try {
      const result = await start({ PORT: String(busy), SITE_PORT: String(await findFreePort()) })
      expect(result.code).not.toBe(0)
      expect(result.stderr.trim()).toBe(`✖ 端口 ${busy} 已被占用（管理后台）。请关闭占用它的程序，或设置 PORT 换一个端口。`)
    } finally {
      blocker.close()
    }
  })
})

describe('demo content', () => {
  it('is not added twice when the database is prepared again', async () => {
    const count = async (collection: string) =>
      (await api<{ totalDocs: number }>(`/api/${collection}?limit=0&where[name][in]=郝景全,王改红`)).body.totalDocs
    expect(await count('figures')).toBe(2)
    await run('tsx', ['ops/prepare.ts'], { ...process.env, ...stack().env, NODE_ENV: 'production' }, '准备')
    expect(await count('figures')).toBe(2)
  })
})

describe('npm start', () => {
  it('brings up the admin, the site with its PDFs and the print preview, and stops every process it started', async () => {
    const port = await findFreePort()
    const sitePort = await findFreePort()
    const previewPort = await findFreePort()
    const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', 'ops/start.ts'], {
      cwd: root,
      env: {
        ...process.env,
        ...stack().env,
        DATA_DIR: path.join(stack().workDir, 'npm-start-data'),
        SITE_DIR: path.join(stack().workDir, 'npm-start-dist'),
        PORT: String(port),
        SITE_PORT: String(sitePort),
        PRINT_PREVIEW_PORT: String(previewPort),
        CMS_URL: `http://127.0.0.1:${port}`,
      },
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk))
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
    await expect.poll(() => output, { timeout: 120_000, interval: 500 }).toContain('全部就绪')
    try {
      expect(output).toContain(`http://localhost:${port}/admin`)
      expect(output).toContain(`http://localhost:${sitePort}/`)
      expect(output).toContain('editor@xinghualing.example')
      const login = await fetch(`http://127.0.0.1:${port}/admin/login`)
      expect(login.status).toBe(200)
      expect(await login.text()).toContain('lang="zh"')
      const list = await fetch(`http://127.0.0.1:${sitePort}/figures/`)
      expect(await list.text()).toContain('郝景全')
      for (const pdf of [
        '/print/figures/wang-gai-hong/leaflet-a5.pdf',
        '/print/streets/hao-ren-jie/poster-a3.pdf',
        '/print/handbooks/wen-ming-chuang-jian-kou-dai-shu.pdf',
        '/print/signs/xing-hua-ling-ju-min-wen-ming-gong-yue-shi-li-4.pdf',
      ]) {
        const response = await fetch(`http://127.0.0.1:${sitePort}${pdf}`)
        expect(response.headers.get('content-type'), pdf).toBe('application/pdf')
      }
      // The print preview service answers (on this machine only).
      expect((await fetch(`http://127.0.0.1:${previewPort}/`)).status).toBe(404)
    } finally {
      child.kill('SIGTERM')
    }
    expect(await exited).toBe(0)
    // Nothing it started is still listening.
    await expect(fetch(`http://127.0.0.1:${port}/admin/login`)).rejects.toThrow()
    await expect(fetch(`http://127.0.0.1:${sitePort}/`)).rejects.toThrow()
    await expect(fetch(`http://127.0.0.1:${previewPort}/`)).rejects.toThrow()
  })
})
