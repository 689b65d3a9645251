/**
 * Pages first, PDFs after: a build may make at most `limit` of the PDFs that are due (new,
 * or changed since the live build) and leave the rest to a later build, so a full build of
 * a large site goes live with its pages, images and search long before its thousands of
 * posters are printed. A PDF left for later is not in this build at all: an older copy is
 * not kept, since its text may be what an editor has just taken out. Every page that links
 * one names it without a link (components/PdfLink.astro) until the build that makes it.
 * Pages whose PDFs are all there keep their keys, so a build that leaves nothing for later
 * is the same as one that cannot. A publish's own PDFs go before those earlier builds left,
 * so they are linked with its pages.
 */
import { digest, fileOf, type Output, PDF_KINDS } from '../plan/keys.ts'
import type { Manifest } from './folders.ts'

export interface HeldBack {
  /** What this build makes or reuses. */
  outputs: Output[]
  /** The PDFs left to a later build (files in the build folder). */
  waiting: string[]
}

type PageOutput = Extract<Output, { kind: 'page' }>

function noting(output: PageOutput, later: Set<string>): Output {
  const waiting = (output.pdfs ?? []).filter((href) => later.has(fileOf(href)))
  if (waiting.length === 0) return output
  const props = { ...output.props, waiting } as PageOutput['props']
  return { ...output, props, key: digest(output.key, 'waiting', waiting) }
}

export function holdBackPdfs(outputs: Output[], live: Manifest | null, limit: number): HeldBack {
  if (limit === Number.POSITIVE_INFINITY) return { outputs, waiting: [] }
  const due = outputs.filter((output) => PDF_KINDS.has(output.kind) && live?.files[output.path]?.key !== output.key)
  if (due.length <= limit) return { outputs, waiting: [] }
  // What this change brought goes first; what earlier builds left waits on, behind it.
  const backlog = new Set(live?.waiting ?? [])
  const ordered = [...due.filter((output) => !backlog.has(output.path)), ...due.filter((output) => backlog.has(output.path))]
  const later = new Set(ordered.slice(Math.max(0, limit)).map((output) => output.path))
  const kept: Output[] = []
  for (const output of outputs) {
    if (later.has(output.path)) continue
    kept.push(output.kind === 'page' && output.pdfs ? noting(output, later) : output)
  }
  return { outputs: kept, waiting: [...later] }
}
