import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { rootDir } from '../../contract/paths'

/** The detector's own source files: when any of them changes, live content is checked again. */
async function sources(): Promise<string[]> {
  const privacy = (await readdir(path.join(rootDir, 'cms/privacy'))).filter((name) => name.endsWith('.ts')).sort()
  return [...privacy.map((name) => `cms/privacy/${name}`), 'contract/numerals.ts']
}

/** A digest of the detector's code, read from the source tree (by `npm start`'s preparation step). */
export async function detectorFingerprint(): Promise<string> {
  const hash = createHash('sha256')
  for (const file of await sources()) hash.update(file).update(await readFile(path.join(rootDir, file)))
  return hash.digest('hex').slice(0, 16)
}
