/**
 * `npm run build:site [-- --full] [-- --pdfs-later] [-- --pdfs-first=N]`: the public site, then exit. Pages
 * first: when more PDFs are due than a publish usually brings, the site goes live with its
 * pages, images and search while the PDFs wait (their links read 正在生成), and a second
 * build prints them and links them (site/builds/holdBack.ts). With `--pdfs-later`
 * that second build is left to the site worker, which prints them in the background.
 */
// First: a bad setting stops the build before the renderer and the printer below read the settings.
import './config-check.ts'

import { buildSite } from '../site/build.ts'
import { buildErrorMessage } from '../site/builds/folders.ts'

/**
 * PDFs printed before the site goes live (`--pdfs-first=N`). Up to 100 (about 10 s on the
 * two presses) a second build would cost more than it saves: the demo's 37 are made at once.
 */
function pdfsFirst(): number {
  const given = process.argv.find((arg) => arg.startsWith('--pdfs-first='))?.split('=')[1]
  const count = given === undefined ? 100 : Number(given)
  if (!Number.isInteger(count) || count < 0) throw new Error(`--pdfs-first 应为不小于 0 的整数，收到“${given}”`)
  return count
}

async function main(): Promise<void> {
  const started = performance.now()
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1)
  const first = await buildSite({ full: process.argv.includes('--full'), pdfs: pdfsFirst() })
  if (first.waiting === 0) return
  if (process.argv.includes('--pdfs-later')) {
    console.log(`网站已上线（${seconds()} 秒）；其余 ${first.waiting} 个 PDF 由网站更新服务在后台生成，生成后下载链接随之开通。`)
    return
  }
  console.log(`网站已上线（${seconds()} 秒）；接着生成其余 ${first.waiting} 个 PDF，生成后下载链接随之开通……`)
  const second = await buildSite()
  console.log(`PDF 已全部生成并上线（共 ${second.pdfs} 个，自开始 ${seconds()} 秒）。`)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`✖ 网站构建失败，线上网站保持不变：${buildErrorMessage(error)}`)
    process.exit(1)
  },
)
