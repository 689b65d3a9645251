/**
 * `npm run site:rollback`: puts the build before the live one back live, in one step.
 * The next publish builds on top of it again.
 */
import { readlink } from 'node:fs/promises'
import path from 'node:path'

import { liveSiteLink, siteBuildsDir } from '../contract/paths.ts'
import { listBuilds, switchLive } from '../site/builds/folders.ts'
import { isMainModule } from './processes.ts'

export async function rollbackSite(buildsDir = siteBuildsDir, liveLink = liveSiteLink): Promise<string> {
  const live = await readlink(liveLink)
    .then((target) => path.basename(path.resolve(path.dirname(liveLink), target)))
    .catch(() => null)
  const builds = await listBuilds(buildsDir)
  const older = builds.filter((name) => live === null || name < live)
  const target = older.at(-1)
  if (!target) throw new Error(live ? `没有比当前线上版本 ${live} 更早的构建可以回滚。` : '还没有任何网站构建。')
  await switchLive(liveLink, path.join(buildsDir, target))
  return target
}

if (isMainModule(import.meta.url)) {
  rollbackSite().then(
    (target) => {
      console.log(`✔ 已回滚：线上网站现在是构建 ${target}。下一次发布会在它的基础上更新。`)
      process.exit(0)
    },
    (error: unknown) => {
      console.error(`✖ 回滚失败：${(error as Error).message}`)
      process.exit(1)
    },
  )
}
