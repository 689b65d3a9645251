/**
 * `npm run check:sizes`: no source file over 400 lines, no function over 80, no test file
 * over 600 (sources: .ts, .tsx, .astro, .mjs, .js in contract/, cms/, site/, ops/;
 * generated types, the import map and migrations aside). Prints the ten largest of each.
 *
 * What is over a limit today is listed in .ci/sizes-baseline.json with its size: it may
 * shrink, never grow, and nothing new may join it. `-- --update` rewrites the list from the
 * tree (run it after splitting something, so the list only ever gets shorter).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import ts from 'typescript'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const BASELINE = path.join(root, '.ci', 'sizes-baseline.json')
const LIMITS = { file: 400, function: 80, test: 600 }
const SOURCES = ['contract', 'cms', 'site', 'ops']
const SKIP_DIRS = new Set(['node_modules', '.next', '.astro', 'dist', '.data', 'migrations', 'patches'])
const SKIP_FILES = /(^|\/)(payload-types\.ts|importMap\.js|env\.d\.ts)$/
const CODE = /\.(ts|tsx|mjs|js|astro)$/

async function walk(dir) {
  const found = []
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    if (SKIP_DIRS.has(entry.name)) continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) found.push(...(await walk(full)))
    else if (CODE.test(entry.name) && !SKIP_FILES.test(full)) found.push(full)
  }
  return found
}

const lineCount = (text) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0)

/**
 * Every function of a file with its length in lines, named as a reader would look for it.
 * A function without a name is named after the named one around it (`main › callback 2`),
 * so its name stays put when lines above it move.
 */
function functionsOf(file, text) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
  const found = []
  const ownName = (node) => {
    if (node.name && ts.isIdentifier(node.name)) return node.name.text
    const parent = node.parent
    if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text
    if (parent && ts.isPropertyAssignment(parent) && parent.name && 'text' in parent.name) return parent.name.text
    return null
  }
  const visit = (node, outer, counter) => {
    let name = outer
    let inner = counter
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const own = ownName(node)
      if (own) name = own
      else {
        counter.count += 1
        name = `${outer ?? '(file)'} › callback ${counter.count}`
      }
      inner = { count: 0 }
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line
      found.push({ name, lines: end - start + 1 })
    }
    ts.forEachChild(node, (child) => visit(child, name, inner))
  }
  visit(source, null, { count: 0 })
  return found
}

/** The script part of an .astro file: its frontmatter. */
const frontmatterOf = (text) => /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? ''

async function measure() {
  const files = []
  const functions = []
  for (const folder of SOURCES) {
    for (const file of await walk(path.join(root, folder))) {
      const text = await readFile(file, 'utf8')
      const name = path.relative(root, file)
      files.push({ name, lines: lineCount(text), limit: LIMITS.file })
      const code = file.endsWith('.astro') ? frontmatterOf(text) : text
      for (const fn of functionsOf(file, code)) functions.push({ name: `${name}: ${fn.name}`, lines: fn.lines, limit: LIMITS.function })
    }
  }
  for (const file of await walk(path.join(root, 'tests'))) {
    if (!file.endsWith('.test.ts')) continue
    files.push({ name: path.relative(root, file), lines: lineCount(await readFile(file, 'utf8')), limit: LIMITS.test })
  }
  return { files, functions }
}

const top = (items, n = 10) => [...items].sort((a, b) => b.lines - a.lines).slice(0, n)
const over = (items) => Object.fromEntries(items.filter((item) => item.lines > item.limit).map((item) => [item.name, item.lines]))

const { files, functions } = await measure()
console.log('最大的文件（行）:')
for (const file of top(files.filter((item) => item.limit === LIMITS.file))) console.log(`  ${String(file.lines).padStart(5)}  ${file.name}`)
console.log('最大的函数（行）:')
for (const fn of top(functions)) console.log(`  ${String(fn.lines).padStart(5)}  ${fn.name}`)

const now = { files: over(files), functions: over(functions) }
if (process.argv.includes('--update')) {
  await writeFile(BASELINE, `${JSON.stringify(now, null, 2)}\n`)
  console.log(
    `已更新 ${path.relative(root, BASELINE)}：${Object.keys(now.files).length} 个文件、${Object.keys(now.functions).length} 个函数超出限制。`,
  )
} else {
  const baseline = JSON.parse(await readFile(BASELINE, 'utf8').catch(() => '{"files":{},"functions":{}}'))
  const problems = []
  for (const kind of ['files', 'functions']) {
    for (const [name, lines] of Object.entries(now[kind])) {
      const allowed = baseline[kind]?.[name]
      if (allowed === undefined) problems.push(`新超出限制：${name}（${lines} 行）`)
      else if (lines > allowed) problems.push(`变得更大：${name}（${allowed} → ${lines} 行）`)
    }
  }
  const known = Object.keys(now.files).length + Object.keys(now.functions).length
  if (problems.length > 0) {
    console.error(`✖ 文件或函数超出大小限制（文件 ${LIMITS.file} 行、函数 ${LIMITS.function} 行、测试文件 ${LIMITS.test} 行）：`)
    for (const problem of problems) console.error(`  ${problem}`)
    console.error('拆分它们；确需保留时，先缩小再用 npm run check:sizes -- --update 记录。')
    process.exitCode = 1
  } else {
    console.log(`✔ 没有新的超大文件或函数（仍待拆分的旧项 ${known} 个，见 .ci/sizes-baseline.json）。`)
  }
}
