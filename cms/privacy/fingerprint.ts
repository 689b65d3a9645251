import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { cmsDir } from '../../contract/paths'

/** The detector's own source files: when any of them changes, live content is checked again. */
const SOURCES = ['privacy/detector.ts', 'privacy/normalize.ts', 'numerals.ts']

/** A digest of the detector's code, read from the source tree (by `npm start`'s preparation step). */
export async function detectorFingerprint(): Promise<string> {
  const hash = createHash('sha256')
  for (const file of SOURCES) hash.update(await readFile(path.join(cmsDir, file)))
  return hash.digest('hex').slice(0, 16)
}
