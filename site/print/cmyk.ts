/**
 * The CMYK edition of a printed piece, PDF/X-3, for print shops that ask for one: the RGB
 * PDF converted by Ghostscript (Debian's `ghostscript`) with an output intent. Before the
 * conversion, neutral RGB colours (black text, grey lines, the QR code) are rewritten as
 * DeviceGray, which Ghostscript maps to the black plate alone: black text prints as pure
 * K, not as a four-colour black that blurs when the plates are slightly off register.
 *
 * The output profile is Ghostscript's default CMYK profile (SWOP); a print shop's own
 * profile can be set with PRINT_CMYK_PROFILE (an .icc file) and PRINT_CMYK_CONDITION.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { decodePDFRawStream, PDFArray, PDFDocument, PDFName, PDFRawStream, type PDFRef } from 'pdf-lib'

import { config } from '../../contract/config.ts'

export class CmykUnavailableError extends Error {}

const GS = config().ghostscript

function run(command: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(command, args, { cwd, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if ((error as NodeJS.ErrnoException | null)?.code === 'ENOENT') {
        reject(new CmykUnavailableError('没有安装 Ghostscript，无法生成 CMYK 印刷文件（Debian/Ubuntu：apt-get install ghostscript）。'))
      } else if (error) reject(new Error(`CMYK 转换失败：${stderr || stdout || error.message}`))
      else resolve(stdout)
    }),
  )
}

/** Where Ghostscript keeps its PDF/X template and default profiles (Debian's layout, or GS_LIB). */
async function ghostscriptFiles(): Promise<{ template: string; profile: string }> {
  const version = (await run(GS, ['--version'], tmpdir())).trim()
  const libs = [config().gsLib, `/usr/share/ghostscript/${version}/lib`, '/usr/local/share/ghostscript/lib'].filter(Boolean) as string[]
  const template = libs.map((dir) => path.join(dir, 'PDFX_def.ps')).find((file) => existsSync(file))
  if (!template) throw new CmykUnavailableError(`找不到 Ghostscript ${version} 的 PDFX_def.ps，无法生成 PDF/X 文件。`)
  const profile =
    config().printCmykProfile ||
    ['/usr/share/color/icc/ghostscript/default_cmyk.icc', `/usr/share/ghostscript/${version}/iccprofiles/default_cmyk.icc`].find((file) =>
      existsSync(file),
    )
  if (!profile) throw new CmykUnavailableError('找不到 CMYK 输出特性文件（ICC），请设置 PRINT_CMYK_PROFILE。')
  return { template, profile }
}

const psString = (text: string) => `(${text.replace(/[\\()]/g, '\\$&')})`

/** Rewrites `r r r rg` (neutral RGB) as `r g` in every content stream, so greys and black go to the black plate. */
export async function neutralsToGray(pdf: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false })
  const streams = new Set<PDFRef>()
  for (const page of doc.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'))
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents]
    for (const ref of refs) if (ref) streams.add(ref as PDFRef)
  }
  // Form XObjects (Chromium draws some content through them).
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
    if (object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Form')) streams.add(ref)
  }
  const neutral = /(^|[\s\]])(\d*\.?\d+) \2 \2 (rg|RG)(?=\s)/g
  for (const ref of streams) {
    const stream = doc.context.lookup(ref)
    if (!(stream instanceof PDFRawStream)) continue
    const text = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1')
    if (!neutral.test(text)) continue
    neutral.lastIndex = 0
    const rewritten = text.replace(
      neutral,
      (_match, before: string, value: string, op: string) => `${before}${value} ${op === 'rg' ? 'g' : 'G'}`,
    )
    const replacement = doc.context.flateStream(Buffer.from(rewritten, 'latin1'))
    for (const [key, value] of stream.dict.entries()) {
      if (key !== PDFName.of('Length') && key !== PDFName.of('Filter') && key !== PDFName.of('DecodeParms'))
        replacement.dict.set(key, value)
    }
    doc.context.assign(ref, replacement)
  }
  return doc.save()
}

/** The PDF/X-3 CMYK edition of a finished RGB PDF (page boxes, fonts and text kept). */
export async function toPdfX(pdf: Uint8Array, title: string): Promise<Uint8Array> {
  const { template, profile } = await ghostscriptFiles()
  const dir = await mkdtemp(path.join(tmpdir(), 'xhl-cmyk-'))
  try {
    const condition = config().printCmykCondition
    const definitions = (await readFile(template, 'latin1'))
      .replace('/Title (Title)', () => `/Title ${psString(title.replace(/[^\x20-\x7e]/g, '') || 'Xinghualing print')}`)
      .replace('/ICCProfile (ISO Coated sb.icc) def', () => `/ICCProfile ${psString(profile)} def`)
      .replace('/OutputCondition (Commercial and specialty printing)', () => `/OutputCondition ${psString(condition)}`)
      .replace('/OutputConditionIdentifier (CGATS TR001)', () => `/OutputConditionIdentifier ${psString(condition)}`)
    await writeFile(path.join(dir, 'pdfx.ps'), definitions, 'latin1')
    await writeFile(path.join(dir, 'in.pdf'), await neutralsToGray(pdf))
    await run(
      GS,
      [
        '-dBATCH',
        '-dNOPAUSE',
        '-dQUIET',
        '-dSAFER',
        `--permit-file-read=${profile}`,
        '-sDEVICE=pdfwrite',
        // Ghostscript 10.0's new PDF interpreter garbles the ToUnicode maps of CID fonts (the
        // text would no longer copy or search correctly); the classic one keeps them.
        '-dNEWPDF=false',
        '-dPDFX',
        '-dCompatibilityLevel=1.4',
        '-sColorConversionStrategy=CMYK',
        '-sProcessColorModel=DeviceCMYK',
        `-sOutputICCProfile=${profile}`,
        '-dDeviceGrayToK=true',
        '-dEmbedAllFonts=true',
        '-dSubsetFonts=true',
        '-sOutputFile=out.pdf',
        'pdfx.ps',
        'in.pdf',
      ],
      dir,
    )
    if (!(await readdir(dir)).includes('out.pdf')) throw new Error('CMYK 转换失败：Ghostscript 没有输出文件')
    return new Uint8Array(await readFile(path.join(dir, 'out.pdf')))
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
