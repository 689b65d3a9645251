/**
 * Rendering a build's changed outputs into its folder: pages in this process, PDFs and
 * share cards in the browser's warm presses, images copied from the CMS.
 */
import { mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { iconBytes } from '../lib/favicon.ts'
import { fetchBytes } from '../loaders/cms.ts'
import { fileOf, type Output, PDF_KINDS } from '../plan/keys.ts'
import type { Printer } from '../print/index.ts'
import { signJob } from '../print/layouts/sign.ts'
import type { Renderer } from '../render/compile.ts'
import type { PrintProps } from '../views/props.ts'
import { type ManifestEntry, replaceFile } from './folders.ts'

/**
 * One output's bytes. Only a dispatcher: the bytes come from the renderer and the printer,
 * whose code is versioned per product family (render/versions.ts); anything that changed
 * bytes here would not change any key.
 */
async function produce(
  output: Output,
  renderer: Renderer,
  printer: () => Printer,
): Promise<{ body: Uint8Array | string; pages?: number; warnings?: string[] }> {
  switch (output.kind) {
    case 'page':
      return { body: await renderer.renderView(output.view, output.props) }
    case 'text':
      return { body: output.body }
    case 'image':
      return { body: await fetchBytes(output.image.sourceUrl, `图片 ${output.image.filename}`) }
    case 'print': {
      const { pdf, pages, warnings } = await printer().subject(output.product, output.subject, output.site)
      return { body: pdf, pages, warnings }
    }
    case 'handbook': {
      const { pdf, pages, warnings } = await printer().handbook(output.handbook, output.site)
      return { body: pdf, pages, warnings }
    }
    case 'sign': {
      const { pdf, pages, warnings } = await printer().print(await signJob(output.sign, output.site))
      return { body: pdf, pages, warnings }
    }
    case 'questionnaire': {
      const { pdf, pages, warnings } = await printer().questionnaire(output.survey, output.site)
      return { body: pdf, pages, warnings }
    }
    case 'menu': {
      const { pdf, pages, warnings } = await printer().serviceMenu(output.menu, output.product, output.site)
      return { body: pdf, pages, warnings }
    }
    case 'share':
      return { body: await printer().shareCard(output.card) }
    case 'icon':
      return { body: await iconBytes(output.svg, output.format, output.size) }
    case 'asset':
      return { body: new Uint8Array(await readFile(output.source)) }
  }
}

export interface RenderTarget {
  /** The build's folder while it is being made. */
  partial: string
  renderer: Renderer
  printer: () => Printer
  log: (line: string) => void
  /** The manifest's entries: each rendered file's is added. */
  files: Record<string, ManifestEntry>
  /** Told of each file written, to compress it beside the rendering. */
  written?: (file: string) => void
}

/** Renders one output into the folder and records its manifest entry. */
function maker(target: RenderTarget, total: number): (output: Output) => Promise<void> {
  const made = new Set<string>()
  let done = 0
  let lastReport = performance.now()
  return async (output) => {
    const { body, pages, warnings } = await produce(output, target.renderer, target.printer)
    // What the print studio changed to make a piece fit, or could not print well: in the log, for the editor.
    if (warnings?.length) target.log(`  印刷提示 /${output.path}：${warnings.join('；')}`)
    const file = path.join(target.partial, output.path)
    if (!made.has(path.dirname(file))) {
      await mkdir(path.dirname(file), { recursive: true })
      made.add(path.dirname(file))
    }
    await replaceFile(file, body)
    target.written?.(output.path)
    const bytes = typeof body === 'string' ? Buffer.byteLength(body) : body.length
    target.files[output.path] = pages === undefined ? { key: output.key, bytes } : { key: output.key, bytes, pages }
    done++
    if (performance.now() - lastReport > 2000 || done === total) {
      lastReport = performance.now()
      target.log(`  已生成 ${done}/${total}`)
    }
  }
}

const inBrowser = (o: Output) => o.kind === 'share' || PDF_KINDS.has(o.kind)
/** 打印与下载 states each handbook's page count, so it is rendered once the PDFs are made. */
const needsPageCounts = (o: Output): o is Extract<Output, { kind: 'page' }> => o.kind === 'page' && o.view === 'PrintPage'

/**
 * Renders every output in `toRender`. The browser prints PDFs (over two lanes, one per
 * warm press) while this process renders pages and copies images, so on two cores both
 * stay busy. A failure stops every lane before the caller removes the half-written folder.
 */
export async function renderOutputs(toRender: Output[], target: RenderTarget): Promise<void> {
  const make = maker(target, toRender.length)
  let failed = false
  const lane = async (outputs: Output[]) => {
    for (const output of outputs) {
      if (failed) return
      await make(output).catch((error: unknown) => {
        failed = true
        throw error
      })
    }
  }
  const browserWork = toRender.filter(inBrowser)
  const lanes = await Promise.allSettled([
    lane(browserWork.filter((_o, index) => index % 2 === 0)),
    lane(browserWork.filter((_o, index) => index % 2 === 1)),
    lane(toRender.filter((o) => !inBrowser(o) && !needsPageCounts(o))),
  ])
  for (const result of lanes) if (result.status === 'rejected') throw result.reason
  for (const output of toRender.filter(needsPageCounts)) {
    const props = output.props as PrintProps
    for (const entry of props.handbooks) entry.pages = target.files[fileOf(entry.href)]?.pages ?? null
    await make(output)
  }
}
