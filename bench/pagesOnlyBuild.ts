/**
 * `tsx bench/pagesOnlyBuild.ts <report.json>`: one full build of the public site's pages
 * alone (BuildOptions.pagesOnly: no images, PDFs, share cards, feeds or search records),
 * as BENCH=build times it; writes the build's report (counts, stages) to the file named.
 */
// First, as in ops/build-site.ts: a bad setting stops the build before anything reads the settings.
import '../ops/config-check.ts'

import { writeFile } from 'node:fs/promises'

import { buildSite } from '../site/build.ts'

const report = await buildSite({ full: true, pagesOnly: true })
const { id, dir, files, pages, rendered, ms, stages } = report
await writeFile(process.argv[2] as string, JSON.stringify({ id, dir, files, pages, rendered, ms, stages }))
// Nothing left to wait for (the esbuild service of the renderer's first compile).
process.exit(0)
