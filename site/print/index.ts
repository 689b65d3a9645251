import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { CmsReadError, type PublicFigure, type PublicSettings } from '../loaders/cms.ts'
import { paths } from '../settings.ts'
import { launchBrowser } from './browser.ts'
import { LEAFLET_SHEET, leafletHtml, PORTRAIT_PATH } from './layouts/leaflet.ts'
import { type Asset, renderPdf } from './render.ts'

export interface PrintedPiece {
  file: string
  pages: number
  bytes: number
  ms: number
  warnings: string[]
}

async function download(url: string): Promise<Asset> {
  const response = await fetch(url)
  if (!response.ok) throw new CmsReadError(`无法下载打印用原图 ${url}：HTTP ${response.status}`)
  return {
    body: new Uint8Array(await response.arrayBuffer()),
    contentType: response.headers.get('content-type') ?? 'application/octet-stream',
  }
}

/** Writes the A5 leaflet of every figure under outDir/print/figures/. */
export async function printFigureLeaflets(
  figures: readonly PublicFigure[],
  site: PublicSettings,
  outDir: string,
  log: (line: string) => void,
): Promise<PrintedPiece[]> {
  if (figures.length === 0) return []
  const browser = await launchBrowser()
  const printed: PrintedPiece[] = []
  try {
    for (const [index, figure] of figures.entries()) {
      const started = performance.now()
      const assets = new Map<string, Asset>()
      if (figure.portrait) assets.set(PORTRAIT_PATH, await download(figure.portrait.original.sourceUrl))
      const result = await renderPdf(browser, {
        html: await leafletHtml(figure, site),
        sheet: LEAFLET_SHEET,
        title: `${figure.honourTitle} ${figure.name}`,
        subject: `${figure.name}宣传单（A5 双面）`,
        author: site.sponsor,
        creator: site.siteName,
        assets,
      })
      const relative = paths.figureLeaflet(figure.slug)
      const file = path.join(outDir, relative)
      await mkdir(path.dirname(file), { recursive: true })
      await writeFile(file, result.pdf)
      const ms = Math.round(performance.now() - started)
      printed.push({ file: relative, pages: result.pages, bytes: result.pdf.length, ms, warnings: result.warnings })
      log(`[${index + 1}/${figures.length}] ${relative}（${result.pages} 页，${Math.round(result.pdf.length / 1024)} KB，${ms} ms）`)
      for (const warning of result.warnings) log(`  注意：${figure.name}：${warning}`)
    }
  } finally {
    await browser.close()
  }
  return printed
}
