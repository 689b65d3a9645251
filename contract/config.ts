/**
 * Every environment variable the platform reads, in one schema (zod): its name, the kind of
 * value it takes, its default and what it is for, in Chinese. `config()` parses the
 * environment once and returns one frozen, typed object; a bad value is reported for
 * every bad variable at once, in Chinese, naming the variable, the value and what is
 * expected. Commands call `exitOnBadConfig()` before anything else (first thing in main,
 * or by importing ops/config-check.ts first when their other modules read the settings as
 * they load), so a bad setting stops them with exit code 1 before they do anything.
 *
 * Not here, read where they are used: NODE_ENV, NEXT_RUNTIME and NEXT_PHASE, which Next
 * sets and replaces when it builds (cms/instrumentation.ts), and variables only written
 * for child processes (NEXT_TELEMETRY_DISABLED).
 */
import { isIP } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { z } from 'zod'

import { exitOnOperatorError, OperatorError } from './errors.ts'
import { DEFAULT_PRINT_PREVIEW_PORT } from './ports.ts'

/** The project folder: the defaults of the data folders are inside it. */
export const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

type Env = Readonly<Record<string, string | undefined>>

/** A kind of value: what is expected (Chinese, for errors and the README) and how a set value is read; BAD when it cannot be. */
interface Kind<T> {
  expected: string
  read(raw: string): T | typeof BAD
}
const BAD = Symbol('bad')

/** Full-width digits and letters (８０８０, ｔｒｕｅ, as a Chinese input method types them) read as their ASCII forms. */
const ascii = (raw: string) => raw.normalize('NFKC').trim()

const integer = (min: number, max: number, expected: string): Kind<number> => ({
  expected,
  read: (raw) => {
    const text = ascii(raw)
    const value = Number(text)
    return /^\d+$/.test(text) && Number.isSafeInteger(value) && value >= min && value <= max ? value : BAD
  },
})

const port = integer(1, 65535, '应为 1–65535 之间的端口号')
const count = integer(1, Number.MAX_SAFE_INTEGER, '应为正整数，例如 1、2、3')
const megabytes = integer(0, 4096, '应为 0 到 4096 之间的整数（兆字节），例如 64；0 表示关闭')
const interval = integer(1, Number.MAX_SAFE_INTEGER, '应为以毫秒计的正整数')
const delay = integer(0, Number.MAX_SAFE_INTEGER, '应为以毫秒计的 0 或正整数')

const FLAGS = new Map([
  ['true', true],
  ['1', true],
  ['false', false],
  ['0', false],
])
const flag: Kind<boolean> = {
  expected: '应为 true、false、1 或 0',
  read: (raw) => FLAGS.get(ascii(raw).toLowerCase()) ?? BAD,
}

const webAddress: Kind<string> = {
  expected: '应为以 http:// 或 https:// 开头的网址，例如 https://xhl.example.cn',
  // Without its trailing slashes: paths are appended to it.
  // As the URL parser reads it (scheme and host lower-cased), so `HTTPS://x` or `https:x` is
  // the https origin it is, and nothing (credentials, query, fragment) rides along.
  read: (raw) => {
    const url = URL.parse(raw.trim())
    if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password || url.search || url.hash) return BAD
    return `${url.origin}${url.pathname}`.replace(/\/+$/, '')
  },
}

const databaseAddress: Kind<string> = {
  expected: '应为 PostgreSQL 连接地址，形如 postgres://用户:密码@主机:5432/数据库名',
  read: (raw) => (/^postgres(ql)?:$/.test(URL.parse(raw.trim())?.protocol ?? '') ? raw.trim() : BAD),
}

const smtpAddress: Kind<string> = {
  expected: '应为邮件服务器地址，形如 smtps://用户:密码@smtp.example.cn:465 或 smtp://主机:587',
  read: (raw) => (/^smtps?:$/.test(URL.parse(raw.trim())?.protocol ?? '') && URL.parse(raw.trim())?.hostname ? raw.trim() : BAD),
}

const mailbox: Kind<string> = {
  expected: '应为邮箱地址，可带名称，形如 杏花岭宣传微平台 <noreply@example.cn>',
  read: (raw) => (/^(?:[^<>@]*<)?[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>?$/.test(raw.trim()) ? raw.trim() : BAD),
}

const folder: Kind<string> = { expected: '文件夹路径', read: (raw) => path.resolve(raw.trim()) }
const text: Kind<string> = { expected: '文字', read: (raw) => raw.trim() }
/** A password as typed, spaces included. */
const verbatim: Kind<string> = { expected: '文字', read: (raw) => raw }

const host: Kind<string> = {
  expected: '应为 IP 地址或主机名，例如 0.0.0.0、127.0.0.1 或 localhost',
  read: (raw) => {
    const value = raw.trim()
    return isIP(value) || /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i.test(value) ? value : BAD
  },
}

/** What proxy-addr (cms/server/clientAddress.ts) compiles: an address, address/prefix, IPv4 address/netmask, or a named range. */
function proxyEntry(entry: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true
  const [ip = '', range, ...rest] = entry.split('/')
  const version = isIP(ip)
  if (!version || rest.length > 0) return false
  if (range === undefined) return true
  // proxy-addr refuses a zero prefix and a netmask whose ones are not contiguous.
  if (/^\d+$/.test(range)) return Number(range) > 0 && Number(range) <= (version === 4 ? 32 : 128)
  if (version !== 4 || isIP(range) !== 4) return false
  const bits = range
    .split('.')
    .map((octet) => Number(octet).toString(2).padStart(8, '0'))
    .join('')
  return /^1+0*$/.test(bits)
}

const proxies: Kind<readonly string[]> = {
  expected: '应为以逗号分隔的 IP 地址或网段（如 10.0.0.0/8），或 loopback、linklocal、uniquelocal',
  read: (raw) => {
    const list = raw
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean)
    return list.every(proxyEntry) ? Object.freeze(list) : BAD
  },
}

/**
 * Addresses let past the residents' per-address throttles (a bench, a test lab): single
 * addresses or narrow ranges only (IPv4 /24 or longer, IPv6 /64 or longer), never a
 * keyword, so it cannot be set to let everyone through.
 */
const exemptAddresses: Kind<readonly string[]> = {
  expected: '应为以逗号分隔的 IP 地址或小网段（IPv4 至少 /24，IPv6 至少 /64），如 127.0.0.1/32',
  read: (raw) => {
    const list = raw
      .split(',')
      .map((entry) => ascii(entry))
      .filter(Boolean)
    const narrow = (entry: string) => {
      const [ip = '', range, ...rest] = entry.split('/')
      const version = isIP(ip)
      if (!version || rest.length > 0) return false
      if (range === undefined) return true
      return /^\d+$/.test(range) && Number(range) >= (version === 4 ? 24 : 64) && Number(range) <= (version === 4 ? 32 : 128)
    }
    return list.length > 0 && list.every(narrow) ? Object.freeze(list) : BAD
  },
}

/**
 * One variable: unset or blank means `fallback` (undefined: worked out from other
 * variables, below); anything else must be a `kind`. `shown` is the default as the README
 * and the errors name it.
 */
function variable<T, F extends T | undefined>(kind: Kind<T>, description: string, shown: string, fallback: F) {
  return z
    .string({ error: '应为文字' })
    .optional()
    .transform((raw, context): T | F => {
      if (raw === undefined || raw.trim() === '') return fallback
      const value = kind.read(raw)
      if (value !== BAD) return value
      context.addIssue({ code: 'custom', message: kind.expected })
      return z.NEVER
    })
    .meta({ description, expected: kind.expected, shown })
}

const unset = undefined as string | undefined

/** The schema: every variable, in the order the README lists them. */
export const CONFIG_SCHEMA = z.object({
  DATABASE_URL: variable(databaseAddress, '平台的 PostgreSQL 数据库；不设则使用内置数据库', '内置 PostgreSQL（.data/postgres/）', unset),
  DATABASE_POOL_MAX: variable(count, '每个进程（后台、网站更新服务）的数据库连接数上限；后台同时最多一半用于保存', '30', 30),
  PORT: variable(port, '管理后台与 API 的端口', '3000', 3000),
  HOST: variable(host, '管理后台监听的地址', '所有网络接口', unset),
  SITE_PORT: variable(port, '公众网站的端口', '4321', 4321),
  SITE_ORIGIN: variable(
    webAddress,
    '公众网站的对外地址：规范链接、分享卡片和 PDF 上的二维码都指向它',
    'http://localhost:$SITE_PORT',
    unset,
  ),
  CMS_URL: variable(
    webAddress,
    '管理后台的地址：网站构建从这里读公开内容；https:// 开头时登录 Cookie 只走 HTTPS',
    'http://localhost:$PORT',
    unset,
  ),
  PARTICIPATION_URL: variable(
    webAddress,
    '居民参与接口（留言、推荐、问卷）的对外地址：网站上的表单向这里提交；可只把这一路径开放到公网',
    '$CMS_URL/api/participation',
    unset,
  ),
  // Kept as set (an empty one too): npm start and the admin refuse an empty or weak secret (cms/server/secretPolicy.ts).
  PAYLOAD_SECRET: z.string({ error: '应为文字' }).optional().meta({
    description: '签署后台登录会话的密钥（至少 16 个字符）',
    expected: '随机的长字符串',
    shown: '首次启动时生成，存于 .data/secrets.json',
  }),
  DEMO_PASSWORD: variable(verbatim, '示例账号的密码', '首次启动时生成并显示，存于 .data/secrets.json', unset),
  SMTP_URL: variable(
    smtpAddress,
    '发送邮件（找回密码、待审提醒）的邮件服务器；不设时 npm start 在本机拦截邮件，只有管理员能在后台查看',
    '不设（本机拦截，不真正发出）',
    unset,
  ),
  MAIL_FROM: variable(
    mailbox,
    '邮件的发件人',
    '杏花岭宣传微平台 <noreply@xinghualing.example>',
    '杏花岭宣传微平台 <noreply@xinghualing.example>',
  ),
  MEDIA_DIR: variable(folder, '上传的图片及其各种尺寸', 'media/', path.join(rootDir, 'media')),
  DATA_DIR: variable(folder, '数据文件夹：内置数据库、密钥、网站构建和缓存', '.data/', path.join(rootDir, '.data')),
  SITE_DIR: variable(folder, '线上网站（指向当前构建的符号链接）', 'dist', path.join(rootDir, 'dist')),
  BACKUP_DIR: variable(folder, 'npm run backup 写入备份文件的文件夹', '$DATA_DIR/backups/', unset),
  PRINT_PREVIEW_PORT: variable(port, '打印预览服务的端口（只在本机）', String(DEFAULT_PRINT_PREVIEW_PORT), DEFAULT_PRINT_PREVIEW_PORT),
  PRINT_PREVIEW_URL: variable(webAddress, '后台访问打印预览服务的地址', 'http://127.0.0.1:$PRINT_PREVIEW_PORT', unset),
  PRINT_PRESSES: variable(count, '同时打印的浏览器页面数', '2', 2),
  CHROMIUM_PATH: variable(text, '生成 PDF 用的浏览器', '/usr/bin/chromium 等系统浏览器，否则 @sparticuz/chromium', unset),
  GHOSTSCRIPT: variable(text, '生成 CMYK 印刷文件用的 Ghostscript 命令', 'gs', 'gs'),
  GS_LIB: variable(text, 'Ghostscript 的库文件夹（在其中找 PDFX_def.ps；Ghostscript 自己也读它）', 'Debian 的位置', unset),
  PRINT_CMYK_PROFILE: variable(text, 'CMYK 印刷文件的输出特性文件（.icc）', 'Ghostscript 的 default_cmyk.icc', unset),
  PRINT_CMYK_CONDITION: variable(text, 'CMYK 印刷文件的输出条件名称', 'CGATS TR 001', 'CGATS TR 001'),
  TRUSTED_PROXIES: variable(
    proxies,
    '可信的反向代理：只有来自它们的 X-Forwarded-For 才用来认定访问者地址',
    '无',
    Object.freeze([]) as readonly string[],
  ),
  PARTICIPATION_LIMIT_EXEMPT: variable(
    exemptAddresses,
    '仅供压力测试：这些地址不受居民参与“按地址”的限流（取验证题、提交、回执查询）；验证题、按设备和按回执码的限制照常',
    '无（所有地址都受限流）',
    Object.freeze([]) as readonly string[],
  ),
  API_CACHE_MB: variable(megabytes, '每个后台进程缓存匿名读取的已发布接口内容的上限；内容一变即清空；0 表示不缓存', '64', 64),
  PAYLOAD_JOBS_AUTORUN: variable(flag, '本进程是否运行任务队列（定时发布、定时下线）', 'false（npm start 的后台进程为 true）', false),
  SITE_WORKER: variable(flag, 'npm start 是否启动网站更新服务；false 时发布后要手动运行 npm run build:site', 'true', true),
  SITE_WORKER_POLL_MS: variable(interval, '网站更新服务空闲时查看队列的间隔', '200', 200),
  SITE_SEARCH_COMPACT_IDLE_MS: variable(delay, '发布队列空闲多久后，在后台整理搜索索引', '30000', 30_000),
  SITE_PDFS_PER_BUILD: variable(count, '网站更新服务每次构建最多生成的 PDF 数；更多时页面先上线，PDF 随后分批生成', '48', 48),
  DEBUG: variable(text, '非空时，启动失败会打印完整的调用栈（有些依赖库也读它）', '无', unset),
})

type Variables = z.output<typeof CONFIG_SCHEMA>

/** The settings with the defaults that depend on other settings filled in. */
function settings(v: Variables) {
  return {
    databaseUrl: v.DATABASE_URL,
    databasePoolMax: v.DATABASE_POOL_MAX,
    port: v.PORT,
    host: v.HOST,
    sitePort: v.SITE_PORT,
    siteOrigin: v.SITE_ORIGIN ?? `http://localhost:${v.SITE_PORT}`,
    cmsUrl: v.CMS_URL ?? `http://localhost:${v.PORT}`,
    /** CMS_URL only when it is set: Payload's serverURL (unset, its links stay relative). */
    cmsUrlSetting: v.CMS_URL,
    participationUrl: v.PARTICIPATION_URL ?? `${v.CMS_URL ?? `http://localhost:${v.PORT}`}/api/participation`,
    payloadSecret: v.PAYLOAD_SECRET,
    demoPassword: v.DEMO_PASSWORD,
    smtpUrl: v.SMTP_URL,
    mailFrom: v.MAIL_FROM,
    mediaDir: v.MEDIA_DIR,
    dataDir: v.DATA_DIR,
    siteDir: v.SITE_DIR,
    backupDir: v.BACKUP_DIR ?? path.join(v.DATA_DIR, 'backups'),
    printPreviewPort: v.PRINT_PREVIEW_PORT,
    printPreviewUrl: v.PRINT_PREVIEW_URL ?? `http://127.0.0.1:${v.PRINT_PREVIEW_PORT}`,
    printPresses: v.PRINT_PRESSES,
    chromiumPath: v.CHROMIUM_PATH,
    ghostscript: v.GHOSTSCRIPT,
    gsLib: v.GS_LIB,
    printCmykProfile: v.PRINT_CMYK_PROFILE,
    printCmykCondition: v.PRINT_CMYK_CONDITION,
    trustedProxies: v.TRUSTED_PROXIES,
    participationLimitExempt: v.PARTICIPATION_LIMIT_EXEMPT,
    apiCacheMb: v.API_CACHE_MB,
    payloadJobsAutorun: v.PAYLOAD_JOBS_AUTORUN,
    siteWorker: v.SITE_WORKER,
    siteWorkerPollMs: v.SITE_WORKER_POLL_MS,
    siteSearchCompactIdleMs: v.SITE_SEARCH_COMPACT_IDLE_MS,
    sitePdfsPerBuild: v.SITE_PDFS_PER_BUILD,
    debug: v.DEBUG !== undefined,
  }
}

export type Config = Readonly<ReturnType<typeof settings>>
export type ConfigVariable = keyof typeof CONFIG_SCHEMA.shape
export const CONFIG_VARIABLES = Object.keys(CONFIG_SCHEMA.shape) as ConfigVariable[]

interface VariableMeta {
  description: string
  expected: string
  shown: string
}
export const describeVariable = (name: ConfigVariable) => CONFIG_SCHEMA.shape[name].meta() as unknown as VariableMeta

export interface ConfigProblem {
  variable: string
  value: string | undefined
  expected: string
}

/** The value as an error may show it: a database address without its password. */
function shownValue(variable: string, value: string | undefined): string {
  if (value === undefined) return '（未设置）'
  // Whatever stands between the first ':' after the user and the '@' is a password, with or without a scheme.
  const shown =
    variable === 'DATABASE_URL' || variable === 'SMTP_URL'
      ? value.replace(/^((?:[a-z][a-z0-9+.-]*:\/\/)?[^:/@]*):(?!\/\/).*@/i, '$1:***@')
      : value
  return JSON.stringify(shown)
}

function problemLine({ variable, value, expected }: ConfigProblem): string {
  const description = variable in CONFIG_SCHEMA.shape ? `（${describeVariable(variable as ConfigVariable).description}）` : ''
  return `环境变量 ${variable} 的值 ${shownValue(variable, value)} 不对：${expected}${description}`
}

/** Bad settings, all of them: one line for one, a list for several. */
export class ConfigError extends OperatorError {
  name = 'ConfigError'
  readonly problems: readonly ConfigProblem[]
  constructor(problems: readonly ConfigProblem[]) {
    const lines = problems.map(problemLine)
    super(
      lines.length === 1
        ? (lines[0] as string)
        : `配置有 ${lines.length} 处不对：\n${lines.map((line) => `  · ${line}`).join('\n')}\n  请改正后再试（各变量的说明见 README 的「配置 / Configuration」）。`,
    )
    this.problems = problems
  }
}

function parse<T>(schema: z.ZodType<T>, env: Env): T {
  const result = schema.safeParse(env)
  if (result.success) return result.data
  throw new ConfigError(
    result.error.issues.map((issue) => {
      const variable = String(issue.path[0])
      return { variable, value: env[variable], expected: issue.message }
    }),
  )
}

/** Parses `env` (all variables) into frozen settings; a ConfigError naming every bad variable otherwise. */
export function parseConfig(env: Env = process.env): Config {
  return Object.freeze(settings(parse(CONFIG_SCHEMA, env)))
}

let memo: { key: string; value: Config } | undefined

/**
 * The settings of this process, parsed from process.env the first time they are asked
 * for, and again only if a variable has changed since: npm start loads .env first, and
 * restore and the tests set variables before they load the Payload config.
 */
export function config(): Config {
  const key = CONFIG_VARIABLES.map((name) => process.env[name] ?? '\u0000').join('\u0001')
  if (memo?.key !== key) memo = { key, value: parseConfig(process.env) }
  return memo.value
}

/** For a command's start: bad settings print the Chinese list and exit with code 1. */
export function exitOnBadConfig(): void {
  try {
    config()
  } catch (error) {
    exitOnOperatorError(error)
  }
}

/**
 * Only the data folders, which contract/paths.ts fixes when it is loaded: a bad value of
 * some other variable is reported at the command's start (exitOnBadConfig), not wherever
 * paths.ts happens to be imported first.
 */
export function folderConfig(env: Env = process.env): { dataDir: string; mediaDir: string; siteDir: string } {
  const folders = parse(CONFIG_SCHEMA.pick({ DATA_DIR: true, MEDIA_DIR: true, SITE_DIR: true }), env)
  return { dataDir: folders.DATA_DIR, mediaDir: folders.MEDIA_DIR, siteDir: folders.SITE_DIR }
}

/** The README's table of variables (ops/config-readme.ts writes it; a unit test checks it is current). */
export function configTable(): string {
  const cell = (value: string) => value.replace(/\|/g, '\\|')
  const rows = CONFIG_VARIABLES.map((name) => {
    const { description, expected, shown } = describeVariable(name)
    return `| \`${name}\` | ${cell(shown)} | ${cell(expected.replace(/^应为\s*/, ''))} | ${cell(description)} |`
  })
  return ['| 变量 variable | 默认 default | 取值 accepted | 用途 |', '| --- | --- | --- | --- |', ...rows].join('\n')
}
