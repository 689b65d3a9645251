/**
 * The settings (contract/config.ts): one schema for every environment variable, its
 * defaults, Chinese errors naming every bad variable at once, and a start-up that stops
 * on them before it touches anything.
 */
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it, vi } from 'vitest'

import { CONFIG_VARIABLES, ConfigError, config, describeVariable, parseConfig, rootDir } from '../../contract/config.ts'
import { withConfigTable } from '../../ops/config-readme.ts'

/** The ConfigError `env` is refused with. */
function refusal(env: Record<string, string>): ConfigError {
  try {
    parseConfig(env)
  } catch (error) {
    if (error instanceof ConfigError) return error
    throw error
  }
  throw new Error(`accepted: ${JSON.stringify(env)}`)
}

describe('defaults', () => {
  it('are those each reading site used before the schema', () => {
    expect(parseConfig({})).toEqual({
      databaseUrl: undefined,
      databasePoolMax: 30,
      port: 3000,
      host: undefined,
      sitePort: 4321,
      siteOrigin: 'http://localhost:4321',
      cmsUrl: 'http://localhost:3000',
      cmsUrlSetting: undefined,
      participationUrl: 'http://localhost:3000/api/participation',
      payloadSecret: undefined,
      demoPassword: undefined,
      smtpUrl: undefined,
      mailFrom: '杏花岭宣传微平台 <noreply@xinghualing.example>',
      mediaDir: path.join(rootDir, 'media'),
      dataDir: path.join(rootDir, '.data'),
      siteDir: path.join(rootDir, 'dist'),
      backupDir: path.join(rootDir, '.data', 'backups'),
      printPreviewPort: 4322,
      printPreviewUrl: 'http://127.0.0.1:4322',
      printPresses: 2,
      chromiumPath: undefined,
      ghostscript: 'gs',
      gsLib: undefined,
      printCmykProfile: undefined,
      printCmykCondition: 'CGATS TR 001',
      trustedProxies: [],
      participationLimitExempt: [],
      apiCacheMb: 64,
      payloadJobsAutorun: false,
      siteWorker: true,
      siteWorkerPollMs: 200,
      siteSearchCompactIdleMs: 30_000,
      sitePdfsPerBuild: 48,
      debug: false,
    })
  })

  it('take a mail server address and a sender, and refuse what is neither', () => {
    expect(parseConfig({ SMTP_URL: 'smtps://xhl:p%40ss@smtp.example.cn:465' }).smtpUrl).toBe('smtps://xhl:p%40ss@smtp.example.cn:465')
    expect(parseConfig({ MAIL_FROM: '宣传部 <noreply@example.cn>' }).mailFrom).toBe('宣传部 <noreply@example.cn>')
    expect(() => parseConfig({ SMTP_URL: 'https://smtp.example.cn' })).toThrow(/SMTP_URL/)
    expect(() => parseConfig({ MAIL_FROM: 'noreply' })).toThrow(/MAIL_FROM/)
  })

  it('follow the variables they are made from, and blank means unset', () => {
    const settings = parseConfig({
      PORT: '8080',
      SITE_PORT: '8081',
      PRINT_PREVIEW_PORT: '8082',
      DATA_DIR: '/srv/xhl',
      CMS_URL: ' ',
      DEBUG: '',
    })
    expect(settings.cmsUrl).toBe('http://localhost:8080')
    expect(settings.cmsUrlSetting).toBeUndefined()
    expect(settings.siteOrigin).toBe('http://localhost:8081')
    expect(settings.printPreviewUrl).toBe('http://127.0.0.1:8082')
    expect(settings.backupDir).toBe('/srv/xhl/backups')
    expect(settings.debug).toBe(false)
  })

  it('read what is set: addresses without trailing slashes, lists, flags and folders', () => {
    const settings = parseConfig({
      CMS_URL: 'https://cms.example.cn//',
      SITE_ORIGIN: 'https://xhl.example.cn/',
      TRUSTED_PROXIES: ' loopback, 10.0.0.0/8 ,::1, 192.168.0.0/255.255.0.0',
      SITE_WORKER: 'false',
      PAYLOAD_JOBS_AUTORUN: '1',
      SITE_SEARCH_COMPACT_IDLE_MS: '0',
      MEDIA_DIR: 'relative/media',
      BACKUP_DIR: '/mnt/backups',
      DATABASE_URL: 'postgresql://xhl:pw@db.internal:5432/xhl',
    })
    expect(settings.cmsUrl).toBe('https://cms.example.cn')
    expect(settings.cmsUrlSetting).toBe('https://cms.example.cn')
    expect(settings.siteOrigin).toBe('https://xhl.example.cn')
    expect(settings.trustedProxies).toEqual(['loopback', '10.0.0.0/8', '::1', '192.168.0.0/255.255.0.0'])
    expect(settings.siteWorker).toBe(false)
    expect(settings.payloadJobsAutorun).toBe(true)
    expect(settings.siteSearchCompactIdleMs).toBe(0)
    expect(settings.mediaDir).toBe(path.resolve('relative/media'))
    expect(settings.backupDir).toBe('/mnt/backups')
    expect(settings.databaseUrl).toBe('postgresql://xhl:pw@db.internal:5432/xhl')
  })

  it('keep an empty PAYLOAD_SECRET as set, so that it is refused as weak rather than replaced', () => {
    expect(parseConfig({ PAYLOAD_SECRET: '' }).payloadSecret).toBe('')
    expect(parseConfig({}).payloadSecret).toBeUndefined()
  })
})

describe('bad values', () => {
  it('are named in Chinese: the variable, the value, what is expected and what the variable is for', () => {
    expect(refusal({ PORT: 'abc' }).message).toBe('环境变量 PORT 的值 "abc" 不对：应为 1–65535 之间的端口号（管理后台与 API 的端口）')
  })

  it.each([
    ['PORT', '0', '应为 1–65535 之间的端口号'],
    ['SITE_PORT', '65536', '应为 1–65535 之间的端口号'],
    ['PRINT_PREVIEW_PORT', '80.5', '应为 1–65535 之间的端口号'],
    ['PORT', '-1', '应为 1–65535 之间的端口号'],
    ['DATABASE_POOL_MAX', '0', '应为正整数'],
    ['PRINT_PRESSES', 'two', '应为正整数'],
    ['SITE_WORKER_POLL_MS', '0', '应为以毫秒计的正整数'],
    ['SITE_SEARCH_COMPACT_IDLE_MS', '-5', '应为以毫秒计的 0 或正整数'],
    ['SITE_WORKER', 'yes', '应为 true、false、1 或 0'],
    ['PAYLOAD_JOBS_AUTORUN', 'on', '应为 true、false、1 或 0'],
    ['SITE_WORKER', 'constructor', '应为 true、false、1 或 0'],
    ['CMS_URL', 'localhost:3000', '应为以 http:// 或 https:// 开头的网址'],
    ['SITE_ORIGIN', 'ftp://xhl.example.cn', '应为以 http:// 或 https:// 开头的网址'],
    ['PRINT_PREVIEW_URL', 'not a url', '应为以 http:// 或 https:// 开头的网址'],
    ['DATABASE_URL', 'not a url', '应为 PostgreSQL 连接地址'],
    ['DATABASE_URL', 'mysql://root@db/xhl', '应为 PostgreSQL 连接地址'],
    ['HOST', 'my host', '应为 IP 地址或主机名'],
    ['TRUSTED_PROXIES', 'loopback,10.0.0.0/33', '应为以逗号分隔的 IP 地址或网段'],
    ['TRUSTED_PROXIES', 'proxy.example.cn', '应为以逗号分隔的 IP 地址或网段'],
    // What proxy-addr itself refuses at start-up: a zero prefix, a netmask with a gap.
    ['TRUSTED_PROXIES', '10.0.0.0/0', '应为以逗号分隔的 IP 地址或网段'],
    ['TRUSTED_PROXIES', '10.0.0.0/255.0.255.0', '应为以逗号分隔的 IP 地址或网段'],
    // Credentials, a query or a fragment would ride along into every address made from it.
    ['CMS_URL', 'https://admin:pw@cms.example.cn', '应为以 http:// 或 https:// 开头的网址'],
    ['SITE_ORIGIN', 'https://xhl.example.cn/?a=1', '应为以 http:// 或 https:// 开头的网址'],
  ])('%s=%s is refused: %s', (variable, value, expected) => {
    const error = refusal({ [variable]: value })
    expect(error.problems).toEqual([{ variable, value, expected: expect.stringContaining(expected) }])
    expect(error.message).toContain(`环境变量 ${variable} 的值 ${JSON.stringify(value)} 不对：${expected}`)
    // One line: npm start prints it as its only line (tests/startup.test.ts).
    expect(error.message).not.toContain('\n')
  })

  it('read an address as the URL parser does: HTTPS://X and https:x are the https origin (the login cookie stays HTTPS-only)', () => {
    expect(parseConfig({ CMS_URL: 'HTTPS://CMS.Example.cn/' }).cmsUrl).toBe('https://cms.example.cn')
    expect(parseConfig({ CMS_URL: 'https:cms.example.cn' }).cmsUrl).toBe('https://cms.example.cn')
    expect(parseConfig({ SITE_ORIGIN: 'https://xhl.example.cn/sub/' }).siteOrigin).toBe('https://xhl.example.cn/sub')
  })

  it('never show the password of a database address, with or without a scheme', () => {
    expect(refusal({ DATABASE_URL: 'xhl:s3cret@db.internal/xhl' }).message).not.toContain('s3cret')
    const error = refusal({ DATABASE_URL: 'mysql://xhl:s3cret@pa55@db.internal/xhl' })
    expect(error.message).toContain('"mysql://xhl:***@db.internal/xhl"')
    expect(error.message).not.toContain('s3cret')
    expect(error.message).not.toContain('pa55')
  })

  it('are all reported together, one line each', () => {
    const error = refusal({ PORT: 'abc', SITE_WORKER: 'yes', CMS_URL: 'cms.local', PRINT_PRESSES: '2', DATABASE_POOL_MAX: '0' })
    expect(error.problems.map((problem) => problem.variable).sort()).toEqual(['CMS_URL', 'DATABASE_POOL_MAX', 'PORT', 'SITE_WORKER'])
    const lines = error.message.split('\n')
    expect(lines[0]).toBe('配置有 4 处不对：')
    expect(lines).toContain('  · 环境变量 PORT 的值 "abc" 不对：应为 1–65535 之间的端口号（管理后台与 API 的端口）')
    expect(lines.filter((line) => line.startsWith('  · 环境变量 '))).toHaveLength(4)
    expect(error.message).toContain('README')
  })
})

describe('full-width digits and letters, as a Chinese input method types them', () => {
  it('are read as their ASCII forms', () => {
    const settings = parseConfig({ PORT: '８０８０', SITE_PORT: '\u3000４３２１\u3000', PRINT_PRESSES: '４', SITE_WORKER: 'ＦＡＬＳＥ' })
    expect(settings.port).toBe(8080)
    expect(settings.cmsUrl).toBe('http://localhost:8080')
    expect(settings.sitePort).toBe(4321)
    expect(settings.printPresses).toBe(4)
    expect(settings.siteWorker).toBe(false)
  })

  it('still have to make a valid value', () => {
    expect(refusal({ PORT: '８０８０８' }).problems[0]?.expected).toBe('应为 1–65535 之间的端口号')
    expect(refusal({ PORT: '八〇八〇' }).problems[0]?.variable).toBe('PORT')
  })
})

describe('the parsed settings', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('are frozen', () => {
    const settings = parseConfig({ TRUSTED_PROXIES: 'loopback' })
    expect(Object.isFrozen(settings)).toBe(true)
    expect(Object.isFrozen(settings.trustedProxies)).toBe(true)
    expect(() => {
      ;(settings as { port: number }).port = 1
    }).toThrow(TypeError)
    expect(() => (settings.trustedProxies as string[]).push('10.0.0.1')).toThrow(TypeError)
  })

  it('are parsed once per process, and again only after a variable changed', () => {
    vi.stubEnv('PORT', '3100')
    const first = config()
    expect(first.port).toBe(3100)
    expect(config()).toBe(first)
    vi.stubEnv('PORT', '3200')
    expect(config().port).toBe(3200)
    vi.stubEnv('PORT', 'abc')
    expect(() => config()).toThrow(ConfigError)
  })
})

describe('the schema', () => {
  it('describes every variable in Chinese, with what it takes and its default', () => {
    expect(CONFIG_VARIABLES.length).toBeGreaterThanOrEqual(27)
    for (const name of CONFIG_VARIABLES) {
      const { description, expected, shown } = describeVariable(name)
      expect(description, name).toMatch(/\p{Script=Han}/u)
      expect(expected, name).toBeTruthy()
      expect(shown, name).toBeTruthy()
    }
  })

  it('is what the README lists (node --import ./ops/node-check.mjs ops/config-readme.ts rewrites it)', () => {
    const readme = readFileSync(path.join(rootDir, 'README.md'), 'utf8')
    for (const name of CONFIG_VARIABLES) expect(readme).toContain(`| \`${name}\` |`)
    expect(withConfigTable(readme), 'README 的配置表已过时：运行 node --import ./ops/node-check.mjs ops/config-readme.ts').toBe(readme)
  })

  it('is the only reader of the environment in contract/, cms/, site/ and ops/', () => {
    // Writes for child processes and Next's own signals are not settings.
    const allowed = [
      /process\.env\.(NEXT_RUNTIME|NODE_ENV|NEXT_PHASE)\b/g,
      /\.\.\.process\.env\b/g,
      /process\.env\.[A-Z_]+\s*(\|\|)?=(?!=)/g,
      /process\.env\[[^\]]+\]\s*=(?!=)/g,
    ]
    const skip = new Set(['node_modules', '.next', '.astro', 'dist', '.data', 'media', 'migrations'])
    const files = (dir: string): string[] =>
      readdirSync(path.join(rootDir, dir), { withFileTypes: true }).flatMap((entry) =>
        skip.has(entry.name)
          ? []
          : entry.isDirectory()
            ? files(path.join(dir, entry.name))
            : /\.(ts|tsx|mjs|astro)$/.test(entry.name)
              ? [path.join(dir, entry.name)]
              : [],
      )
    const readers = ['contract', 'cms', 'site', 'ops']
      .flatMap(files)
      .filter((file) => file !== path.join('contract', 'config.ts'))
      .flatMap((file) => {
        const text = allowed.reduce((rest, pattern) => rest.replace(pattern, ''), readFileSync(path.join(rootDir, file), 'utf8'))
        return text.includes('process.env') ? [file] : []
      })
    expect(readers).toEqual([])
  })
})

describe('npm start with bad settings', () => {
  it('exits 1 with the Chinese list before it touches a port, the database or the data folder', async () => {
    const dataDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'xhl-config-')), 'data')
    try {
      const child = spawn(process.execPath, ['--import', './ops/node-check.mjs', '--disable-warning=ExperimentalWarning', 'ops/start.ts'], {
        cwd: rootDir,
        env: { ...process.env, PORT: 'abc', SITE_WORKER: 'yes', DATA_DIR: dataDir, DATABASE_URL: 'postgres://127.0.0.1:9/none' },
      })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk))
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
      expect(code).toBe(1)
      expect(stderr).toContain('✖ 配置有 2 处不对：')
      expect(stderr).toContain('环境变量 PORT 的值 "abc" 不对：应为 1–65535 之间的端口号')
      expect(stderr).toContain('环境变量 SITE_WORKER 的值 "yes" 不对：应为 true、false、1 或 0')
      expect(stderr).not.toMatch(/\n\s+at /)
      // No step was started, and the data folder (secrets, the embedded database) was not made.
      expect(stdout).toBe('')
      expect(existsSync(dataDir)).toBe(false)
    } finally {
      await rm(path.dirname(dataDir), { recursive: true, force: true })
    }
  }, 30_000)
})
