/**
 * `npm run deploy:config -- --out DIR [--listen 80] [--server-name xhl.example.cn]
 * [--address xhl.example.cn]`: writes the nginx and Caddy configs that serve the live build
 * (templates in deploy/nginx and deploy/caddy) into DIR/nginx and DIR/caddy, with this
 * deployment's values filled in: the live link (SITE_DIR), the cache rules and the security
 * headers of ops/sitePolicy.ts (the CSP with the hashes of the site's inline scripts, and
 * the participation API's origin), so the web server sends what `npm start`'s server sends.
 * Run it again after a deploy that changes the site's scripts or settings, then reload.
 */
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { liveSiteLink, rootDir } from '../contract/paths.ts'
import { isMainModule } from './processes.ts'
import { IMMUTABLE, IMMUTABLE_PATH, NOT_FOUND_PAGE, PRIVATE_PATH, REVALIDATE, siteSecurityHeaders } from './sitePolicy.ts'

/** Debian's libnginx-mod-http-brotli-static; nginx-light has no brotli of its own. */
export const NGINX_BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so'

export interface DeployOptions {
  /** Where the rendered files go (and where they include each other from). */
  out: string
  /** The live link the servers serve. */
  live?: string
  /** nginx `listen` (port, or address:port). */
  listen?: string
  serverName?: string
  /** Caddy's site address: a domain gets HTTPS by itself; `http://:8080` is plain HTTP. */
  address?: string
  /** nginx: send the .br copies (needs the brotli_static module). */
  brotli?: boolean
  /** For the standalone configs: the folder for pid, logs, temporary files and Caddy's data. */
  prefix?: string
}

/**
 * A value to put between double quotes in nginx or Caddy config: nothing in it may end the
 * quote or name a placeholder (`{path}` in Caddy); a header value names no variable either
 * (`$uri` in nginx).
 */
function quoted(value: string, header = false): string {
  if (/["\\\n{}]/.test(value) || (header && value.includes('$'))) throw new Error(`配置值含有不能写入的字符：${value}`)
  return value
}

async function fill(template: string, values: Record<string, string>): Promise<string> {
  const text = await readFile(path.join(rootDir, 'deploy', template), 'utf8')
  const filled = text.replace(/@([A-Z_]+)@/g, (whole, name: string) => values[name] ?? whole)
  const left = /@[A-Z_]+@/.exec(filled)
  if (left) throw new Error(`${template}: ${left[0]} 没有值`)
  return filled
}

const policyValues = () => ({
  IMMUTABLE,
  REVALIDATE,
  IMMUTABLE_PATH: quoted(IMMUTABLE_PATH),
  PRIVATE_PATH: quoted(PRIVATE_PATH),
  NOT_FOUND_PAGE,
})

function headerLines(format: (name: string, value: string) => string): string {
  return Object.entries(siteSecurityHeaders())
    .map(([name, value]) => format(name, quoted(value, true)))
    .join('\n')
}

/** Writes nginx/site.conf, nginx/headers.conf and nginx/nginx.conf (standalone) under `out`; returns the folder. */
export async function writeNginxConfig(options: DeployOptions): Promise<string> {
  const dir = path.join(options.out, 'nginx')
  const prefix = options.prefix ?? dir
  await mkdir(dir, { recursive: true })
  const brotli = options.brotli ?? existsSync(NGINX_BROTLI_MODULE)
  const values = {
    ...policyValues(),
    LISTEN: options.listen ?? '80',
    SERVER_NAME: options.serverName ?? '_',
    LIVE: quoted(path.resolve(options.live ?? liveSiteLink)),
    SNIPPETS: dir,
    MIME_TYPES: '/etc/nginx/mime.types',
    BROTLI: brotli ? 'brotli_static on;' : '# No brotli_static module: the .br copies are not sent.',
    PREFIX: prefix,
    // Only root may name the workers' user; root runs them as itself here (the files are its own).
    USER: process.getuid?.() === 0 ? `user ${os.userInfo().username};` : '',
    LOAD_BROTLI: brotli && existsSync(NGINX_BROTLI_MODULE) ? `load_module ${NGINX_BROTLI_MODULE};` : '',
  }
  const headers = `# The site's security headers (ops/sitePolicy.ts), rendered by ops/deploy-config.ts.\n${headerLines(
    (name, value) => `add_header ${name} "${value}" always;`,
  )}\n`
  await writeFile(path.join(dir, 'headers.conf'), headers)
  await writeFile(path.join(dir, 'site.conf'), await fill('nginx/site.conf', values))
  await writeFile(path.join(dir, 'nginx.conf'), await fill('nginx/standalone.conf', values))
  return dir
}

/** Writes caddy/site.caddy, caddy/headers.caddy and caddy/Caddyfile (standalone) under `out`; returns the folder. */
export async function writeCaddyConfig(options: DeployOptions): Promise<string> {
  const dir = path.join(options.out, 'caddy')
  await mkdir(dir, { recursive: true })
  const values = {
    ...policyValues(),
    ADDRESS: options.address ?? `http://:${options.listen ?? '80'}`,
    LIVE: quoted(path.resolve(options.live ?? liveSiteLink)),
    SNIPPETS: dir,
    PREFIX: options.prefix ?? dir,
  }
  const headers = `# The site's security headers (ops/sitePolicy.ts), rendered by ops/deploy-config.ts.\nheader {\n${headerLines(
    (name, value) => `\t${name} "${value}"`,
  )}\n\t-Server\n}\n`
  await writeFile(path.join(dir, 'headers.caddy'), headers)
  await writeFile(path.join(dir, 'site.caddy'), await fill('caddy/site.caddy', values))
  await writeFile(path.join(dir, 'Caddyfile'), await fill('caddy/standalone.caddy', values))
  return dir
}

if (isMainModule(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      listen: { type: 'string' },
      'server-name': { type: 'string' },
      address: { type: 'string' },
    },
  })
  if (!values.out) {
    console.error('用法：npm run deploy:config -- --out 输出文件夹 [--listen 80] [--server-name 域名] [--address 域名]')
    process.exit(2)
  }
  const options: DeployOptions = {
    out: path.resolve(values.out),
    listen: values.listen,
    serverName: values['server-name'],
    address: values.address,
  }
  const nginx = await writeNginxConfig(options)
  const caddy = await writeCaddyConfig(options)
  console.log(`已写入 nginx 配置 ${nginx}/site.conf 和 Caddy 配置 ${caddy}/site.caddy（网站目录 ${path.resolve(liveSiteLink)}）。`)
}
