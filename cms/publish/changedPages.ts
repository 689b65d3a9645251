/** Where a file of the site build is seen, and what kind of file it is, for 上线记录. */

/** `figures/hao/index.html` → `/figures/hao/`; other files keep their path. */
export function pageAddress(file: string): string {
  const clean = file.replace(/^\/+/, '')
  if (clean === 'index.html') return '/'
  return `/${clean.replace(/(^|\/)index\.html$/, '$1')}`
}

const KINDS: [RegExp, string][] = [
  [/\.html$/, '页面'],
  [/\.pdf$/, 'PDF'],
  [/\.(png|jpe?g|webp|avif|svg)$/, '图片'],
  [/\.xml$/, '订阅/站点地图'],
]

export const pageKind = (file: string): string => KINDS.find(([pattern]) => pattern.test(file))?.[1] ?? '文件'
