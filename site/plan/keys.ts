/**
 * Output files and their keys. A file's key is a digest of the data it is made from plus
 * the code version: an incremental build renders only files whose key changed and reuses
 * the rest byte for byte.
 *
 * Keys are cached by object identity under the one memo rule (site/lib/memo.ts): digests
 * and cards through its helper; list and article keys, which depend on several objects,
 * compare those objects themselves.
 */
import { createHash } from 'node:crypto'
import type { SubjectProduct } from '../../contract/print.ts'
import type { MenuPrintProduct, ServiceMenu } from '../../contract/servicePrint.ts'
import type { PublicSurvey } from '../../contract/surveys.ts'
import type { Crumb } from '../components/types.ts'
import { byIdentity } from '../lib/memo.ts'
import type { ShareCard, Sign, SubjectData } from '../model/printSubjects.ts'
import type { PublicContent, PublicHandbook, PublicSettings, SiteImage } from '../model/types.ts'
import type { CodeVersions, PrintFamily } from '../render/versions.ts'
import type { ViewName, ViewProps } from '../views/props.ts'

export type Output =
  /** `pdfs`: the PDFs the page links (site addresses), so a build that leaves some for later can say so on the page. */
  | { kind: 'page'; path: string; key: string; view: ViewName; props: ViewProps[ViewName]; pdfs?: string[] }
  | { kind: 'image'; path: string; key: string; image: SiteImage }
  | { kind: 'print'; path: string; key: string; product: SubjectProduct; subject: SubjectData; site: PublicSettings }
  | { kind: 'handbook'; path: string; key: string; handbook: PublicHandbook; site: PublicSettings }
  | { kind: 'sign'; path: string; key: string; sign: Sign; site: PublicSettings }
  /** 纸质问卷: a published survey's A4 questionnaire. */
  | { kind: 'questionnaire'; path: string; key: string; survey: PublicSurvey; site: PublicSettings }
  /** 文明课单 in print: the district's or a place's menu as an A5 leaflet or an A4 poster. */
  | { kind: 'menu'; path: string; key: string; product: MenuPrintProduct; menu: ServiceMenu; site: PublicSettings }
  | { kind: 'text'; path: string; key: string; body: string }
  | { kind: 'share'; path: string; key: string; card: ShareCard }
  | { kind: 'icon'; path: string; key: string; svg: string; format: 'png' | 'ico'; size: number }
  /** A file built elsewhere (the island bundle), copied as it is. */
  | { kind: 'asset'; path: string; key: string; source: string }

export type Unkeyed<T> = T extends Output ? Omit<T, 'key'> : never

export function digest(...parts: unknown[]): string {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(typeof part === 'string' ? part : JSON.stringify(part)).update('\0')
  return hash.digest('base64url').slice(0, 22)
}

/** `/figures/x/` → `figures/x/index.html` */
export function fileOf(urlPath: string): string {
  return urlPath.endsWith('/') ? `${urlPath.slice(1)}index.html` : urlPath.slice(1)
}

/** A page; `pdfs` are the addresses of the PDFs it links (builds/holdBack.ts). */
export function page<V extends ViewName>(urlPath: string, view: V, props: ViewProps[V], pdfs?: string[]): Unkeyed<Output> {
  return pdfs?.length ? { kind: 'page', path: fileOf(urlPath), view, props, pdfs } : { kind: 'page', path: fileOf(urlPath), view, props }
}

/** The kinds of output that are PDFs, made in the browser's presses. */
export const PDF_KINDS = new Set<Output['kind']>(['print', 'handbook', 'sign', 'questionnaire', 'menu'])

/** Digests of derived documents, kept while the document object is the same. */
export const digestOf = byIdentity((value: object): string => digest(value))

/**
 * Objects that stay the same while what they show does (derived documents, cards, the
 * settings of one plan): a page's key digests them by reference to their own cached
 * digest, so a list page's key costs twenty short strings, not twenty cards' JSON.
 */
const stable = new WeakSet<object>()
export const markStable = (value: object) => stable.add(value)
export function keyJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && stable.has(item) ? `#${digestOf(item)}` : item,
  )
}

/** One plan in the making: the content, its outputs so far, and the one way to add one. */
export interface Plan {
  content: PublicContent
  site: PublicSettings
  siteKey: string
  /** The code versions of each product family (render/versions.ts). */
  versions: CodeVersions
  outputs: Output[]
  home: Crumb
  /** Adds an output, keyed by `key` or else by its data and the code version. */
  add(output: Unkeyed<Output>, key?: string): void
}

/** The family a product belongs to: posters of every size are one layout. */
export const familyOf = (product: SubjectProduct): PrintFamily => (product.startsWith('poster') ? 'poster' : 'leaflet')

/** The code version an output is keyed by: the one of the family that makes it. */
function versionFor(versions: CodeVersions, output: Unkeyed<Output>): string {
  if (output.kind === 'print') return versions.print[familyOf(output.product)]
  if (output.kind === 'handbook' || output.kind === 'sign' || output.kind === 'questionnaire' || output.kind === 'menu')
    return versions.print[output.kind]
  if (output.kind === 'share') return versions.share
  if (output.kind === 'asset') return versions.islands
  return versions.pages
}

export function startPlan(content: PublicContent, versions: CodeVersions): Plan {
  const site = content.settings
  const siteKey = digestOf(site)
  stable.add(site)
  const outputs: Output[] = []
  const add = (output: Unkeyed<Output>, key?: string) => {
    // Images are keyed by the file's version alone: their bytes do not depend on our code.
    const { path: _path, ...data } = output
    outputs.push({
      ...output,
      key: key ?? (output.kind === 'image' ? digest(output.image.version) : digest(versionFor(versions, output), keyJson(data))),
    } as Output)
  }
  return { content, site, siteKey, versions, outputs, home: { href: '/', label: '首页' }, add }
}
