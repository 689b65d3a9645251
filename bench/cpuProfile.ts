/**
 * A `.cpuprofile` (node --cpu-prof) summed up: self time by function, and by part of the
 * build — each sample goes to the first part named by its stack, from the running
 * function outwards (async stacks end at each await, so totals by caller would mislead).
 */
import { readFile } from 'node:fs/promises'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

/** Parts of a full build, matched against `function url` of each frame, in this order. */
const PARTS: [string, RegExp][] = [
  ['搜索索引 search (pagefind client)', /search\/index\.ts|\/pagefind\/|builds\/search\.ts/],
  ['预压缩 precompression (zlib calls)', /precompress\.ts|node:zlib/],
  ['PDF 收尾 finishing (pdf-lib)', /finishPdf|\/pdf-lib\/|\/pako\/|structureIds\.ts/],
  ['印刷图片 print photos (sharp)', /\/sharp\//],
  ['印刷排版 print layouts', /site\/print\/(?!render\.ts)|\/qrcode\//],
  ['浏览器通信 Chromium (Playwright, CDP)', /playwright-core|site\/print\/render\.ts/],
  ['读取内容 CMS reads (REST, JSON)', /loaders\/cms\.ts|undici/],
  ['整理内容 content model', /site\/model\//],
  ['规划 planning', /site\/plan\/(?!keys)/],
  ['键 keys and hashing', /plan\/keys\.ts|site\/lib\/memo|internal\/crypto\/hash/],
  ['页面 page rendering (Astro, React)', /renderer\/.*entry\.mjs|\/astro\/|react-dom|\/react\//],
  ['写文件 file writes', /builds\/folders\.ts|internal\/fs\/promises/],
  ['编译 renderer compile (Vite)', /\/vite\/|\/rollup\/|\/esbuild\/|render\/compile\.ts|render\/versions\.ts/],
  ['模块加载 module loading', /\/tsx\/|internal\/modules/],
]
const SPECIAL = new Set(['(idle)', '(garbage collector)', '(program)'])

const shortUrl = (url: string) =>
  url
    .replace(/^file:\/\//, '')
    .replace(/.*\/node_modules\//, '')
    .replace(/^.*?\/(site|bench|ops|contract)\//, '$1/')

export interface ProfileSummary {
  seconds: number
  parts: [string, number][]
  functions: [string, number][]
}

export async function summariseProfile(file: string): Promise<ProfileSummary> {
  const profile = JSON.parse(await readFile(file, 'utf8')) as Profile
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const self = new Map<number, number>()
  profile.samples.forEach((id, index) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index + 1] ?? 0))
  })
  const parts = new Map<string, number>()
  const functions = new Map<string, number>()
  let total = 0
  for (const [id, micros] of self) {
    total += micros
    const frame = nodes.get(id)?.callFrame
    if (!frame) continue
    const name = `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}${frame.url ? `:${frame.lineNumber + 1}` : ''}`.trim()
    functions.set(name, (functions.get(name) ?? 0) + micros)
    let part = SPECIAL.has(frame.functionName) ? frame.functionName : '其他 other'
    for (let at: number | undefined = id; at !== undefined && !SPECIAL.has(frame.functionName); at = parent.get(at)) {
      const { functionName, url } = (nodes.get(at) as ProfileNode).callFrame
      const found = PARTS.find(([, pattern]) => pattern.test(`${functionName} ${url}`))
      if (found) {
        part = found[0]
        break
      }
    }
    parts.set(part, (parts.get(part) ?? 0) + micros)
  }
  const sorted = (map: Map<string, number>) => [...map].map(([k, v]): [string, number] => [k, v / 1e6]).sort((a, b) => b[1] - a[1])
  return { seconds: total / 1e6, parts: sorted(parts), functions: sorted(functions) }
}
