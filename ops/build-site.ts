/** `npm run build:site [-- --full]`: one build of the public site, then exit. */
// First: a bad setting stops the build before the renderer and the printer below read the settings.
import './config-check.ts'

import { buildSite } from '../site/build.ts'
import { buildErrorMessage } from '../site/builds/folders.ts'

buildSite({ full: process.argv.includes('--full') }).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`✖ 网站构建失败，线上网站保持不变：${buildErrorMessage(error)}`)
    process.exit(1)
  },
)
