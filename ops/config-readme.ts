/**
 * `node --import ./ops/node-check.mjs ops/config-readme.ts`: writes the README's table of
 * settings from the schema (contract/config.ts), between its config markers.
 * tests/unit/config.test.ts fails while the table is out of date.
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { configTable, rootDir } from '../contract/config.ts'
import { isMainModule } from './processes.ts'

export const README_BEGIN = '<!-- config:begin (ops/config-readme.ts writes this table) -->'
export const README_END = '<!-- config:end -->'

/** The README with its table of settings rewritten from the schema. */
export function withConfigTable(readme: string): string {
  const begin = readme.indexOf(README_BEGIN)
  const end = readme.indexOf(README_END)
  if (begin < 0 || end < begin) throw new Error(`README.md 里找不到 ${README_BEGIN} … ${README_END}`)
  return `${readme.slice(0, begin + README_BEGIN.length)}\n${configTable()}\n${readme.slice(end)}`
}

if (isMainModule(import.meta.url)) {
  const file = path.join(rootDir, 'README.md')
  await writeFile(file, withConfigTable(await readFile(file, 'utf8')))
  console.log('✔ README.md 的配置表已按 contract/config.ts 更新')
}
