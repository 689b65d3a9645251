import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { cmsDir } from '../contract/paths.ts'
import { hashSources } from '../site/render/hash.ts'
import { type Child, run, startChild, waitForHttp } from './processes.ts'

const stampFile = path.join(cmsDir, '.next', 'xhl-stamp')

/**
 * Builds the admin (`next build cms`) unless the existing build came from the same CMS
 * code and packages. Returns whether it built.
 */
export async function ensureAdminBuilt(env: NodeJS.ProcessEnv, info: (line: string) => void): Promise<boolean> {
  const stamp = await hashSources(['cms', 'contract', 'package-lock.json', 'tsconfig.json'])
  const current = existsSync(path.join(cmsDir, '.next', 'BUILD_ID')) && existsSync(stampFile) ? await readFile(stampFile, 'utf8') : ''
  if (current === stamp) return false
  info('首次启动或后台代码有变化：构建管理后台（约 1–2 分钟）……')
  await run('next', ['build', 'cms'], { ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }, '构建后台')
  await writeFile(stampFile, stamp)
  return true
}

/** The production admin server on `port`, as `npm start` runs it: Next in-process behind the front server (cms/server/main.ts). */
export function startAdmin(port: number, env: NodeJS.ProcessEnv, label = '后台'): Child {
  return startChild('tsx', ['cms/server/main.ts'], { ...env, PORT: String(port), NODE_ENV: 'production' }, label)
}

/** Resolves once the admin on `port` answers its API; fails if `server` exits first. */
export function adminReady(port: number, server: Child): Promise<void> {
  return waitForHttp(`http://127.0.0.1:${port}/api/figures?limit=1`, 60_000, server)
}
