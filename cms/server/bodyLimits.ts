/**
 * How large a request body each route of the admin accepts, checked by the front server
 * (front.ts) before anything reads it: a declared Content-Length over the limit is refused
 * at once (413), a chunked body as soon as it passes the limit. Next's own limit truncates
 * instead of refusing, and Payload parsed a 100 MB login body in full. The README's table
 * is this list.
 */
export interface BodyLimit {
  /** Which requests, by method and path (the query string is not part of it). */
  methods: readonly string[]
  path: RegExp
  bytes: number
  /** What the route is, for the README and the 413 message. */
  what: string
  /** The limit holds without a staff session too (a public form that carries photos). */
  anonymous?: true
}

const KB = 1024
const MB = 1024 * KB
const WRITES = ['POST', 'PATCH', 'PUT', 'DELETE'] as const

export const BODY_LIMITS: readonly BodyLimit[] = [
  { methods: ['GET', 'HEAD', 'OPTIONS'], path: /./, bytes: 0, what: '读取请求（不带正文）' },
  {
    methods: WRITES,
    path: /^\/api\/users\/(login|logout|refresh-token|forgot-password|reset-password|unlock|unblock-address|first-register|verify\/[^/]+)$/,
    bytes: 16 * KB,
    what: '登录、退出、找回密码、解锁',
  },
  { methods: WRITES, path: /^\/api\/[a-z-]+\/\d+\/workflow$/, bytes: 16 * KB, what: '审核操作（提交、通过、退回、下线）' },
  {
    methods: ['POST'],
    path: /^\/api\/participation\/nominations$/,
    bytes: 5 * MB,
    what: '好人推荐（最多 3 张照片，每张不超过 1.5 MB）',
    anonymous: true,
  },
  // 入户代填: a phone's queue of up to 50 sheets, long answers included, authorised by its token rather than a session.
  {
    methods: WRITES,
    path: /^\/api\/participation\/field\/sync$/,
    bytes: 1 * MB,
    what: '入户代填同步（一次最多 50 份答卷）',
    anonymous: true,
  },
  { methods: WRITES, path: /^\/api\/participation\//, bytes: 32 * KB, what: '居民参与（留言、推荐、问卷）' },
  { methods: WRITES, path: /^\/api\/media(\/|$)/, bytes: 21 * MB, what: '上传图片（单个文件不超过 20 MB）' },
  { methods: WRITES, path: /^\/api\/regulations(\/|$)/, bytes: 1 * MB, what: '法规（粘贴全文不超过 4 万字）' },
  { methods: WRITES, path: /^\/api\/graphql$/, bytes: 2 * MB, what: 'GraphQL 接口' },
  { methods: WRITES, path: /^\/api\//, bytes: 2 * MB, what: '其他内容的保存（含富文本）' },
  { methods: WRITES, path: /^\/admin(\/|$)/, bytes: 4 * MB, what: '管理后台页面内的操作（表单状态）' },
  { methods: WRITES, path: /./, bytes: 64 * KB, what: '其他请求' },
]

/** Without a valid staff session no route takes more: an anonymous caller cannot fill the upload buffers. */
export const ANONYMOUS_LIMIT = { bytes: 64 * KB, what: '未登录（或登录已过期）时的请求' } as const

export function limitFor(method: string, path: string): BodyLimit {
  const upper = method.toUpperCase()
  return BODY_LIMITS.find((limit) => limit.methods.includes(upper) && limit.path.test(path)) ?? (BODY_LIMITS.at(-1) as BodyLimit)
}

/** 1.5 MB, 16 KB: a size as a person reads it. */
export function readableSize(bytes: number): string {
  if (bytes >= MB) return `${Number((bytes / MB).toFixed(1))} MB`
  return `${Math.round(bytes / KB)} KB`
}
