/**
 * 实时预览: the web page of a document as the editor's form stands, unsaved changes
 * included, rendered by the site's own plan and views (site/plan/draftPage.ts) over the
 * published content. Served by the preview service on 127.0.0.1 and reached only through
 * the admin (`/api/<collection>/live-preview`), which forwards the signed-in user's token.
 *
 * What the page shows comes from three places: the form values the user sent (their own
 * typing), the published snapshot (public anyway), and images read from the CMS with the
 * user's token, so a draft's images that nothing public uses yet show only to those who
 * may read them. The shell frames the page in a same-origin `srcdoc` frame under a policy
 * that runs only the site's own inline scripts (by hash): text that slipped past escaping
 * would not run in the admin's origin.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type http from 'node:http'
import type { PageCollection } from '../contract/collections.ts'
import type { Media } from '../contract/payload-types.ts'
import type { Snapshot } from '../site/loaders/cms.ts'
import { publicContent } from '../site/model/publicContent.ts'
import { planDraftPage } from '../site/plan/draftPage.ts'
import { loadRenderer } from '../site/render/compile.ts'
import { inlineScriptHashes } from '../site/scripts/hashes.ts'
import { PreviewError, published, readCms } from './previewSource.ts'

/** A document not saved yet has no id or address: these stand in for them. */
const UNSAVED_ID = -1
const UNSAVED_SLUG = 'yu-lan'
const INCOMPLETE = '稿件还不完整，暂时无法预览；填好必填项后会自动更新。'

/** The snapshot's images, noting every id a page looked for and did not find (a draft's own images). */
class RecordingMap<V> extends Map<number, V> {
  readonly missing = new Set<number>()
  override get(id: number): V | undefined {
    const found = super.get(id)
    if (found === undefined) this.missing.add(id)
    return found
  }
}

function asDraft(data: unknown): Record<string, unknown> & { id: number; slug: string } {
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new PreviewError(400, '预览请求不完整：没有表单内容。')
  const values = data as Record<string, unknown>
  const now = new Date().toISOString()
  const id = Number.isInteger(values.id) && (values.id as number) > 0 ? (values.id as number) : UNSAVED_ID
  const slug = typeof values.slug === 'string' && values.slug.trim() !== '' && !/[/?#\\]/.test(values.slug) ? values.slug : UNSAVED_SLUG
  return {
    ...values,
    id,
    slug,
    previousSlugs: [],
    createdAt: values.createdAt ?? now,
    updatedAt: now,
    publishedAt: values.publishedAt ?? now,
  }
}

/** The images with these ids the user may read (a list request: those they may not are simply absent). */
async function readableMedia(ids: number[], headers: http.IncomingHttpHeaders): Promise<Media[]> {
  const query = new URLSearchParams({ depth: '0', limit: '100', 'where[id][in]': ids.slice(0, 100).join(',') })
  return (await readCms<{ docs: Media[] }>(`/api/media?${query}`, headers)).docs
}

/** Site addresses of uploaded files, as the admin serves them (with its access check): `/media/x.jpg` → `/api/media/file/x.jpg`. */
export function servedByAdmin(html: string): string {
  return html.replace(
    /\b(src|srcset|href)="([^"]*)"/g,
    (_match, name: string, value: string) => `${name}="${value.replace(/(^|,\s*)\/media\//g, '$1/api/media/file/')}"`,
  )
}

export async function renderDraftPage(collection: PageCollection, data: unknown, headers: http.IncomingHttpHeaders): Promise<string> {
  const draft = asDraft(data)
  const [base, renderer] = await Promise.all([published(), loadRenderer()])
  const media = new RecordingMap(base.media)
  const docs = new Map(base[collection] as Map<number, unknown>).set(draft.id, draft)
  const snapshot = { ...base, media, [collection]: docs } as Snapshot
  try {
    let content = publicContent(snapshot, { fresh: true })
    const missing = [...media.missing].filter((id) => Number.isInteger(id) && id > 0)
    if (missing.length > 0) {
      for (const doc of await readableMedia(missing, headers)) media.set(doc.id, doc)
      content = publicContent(snapshot, { fresh: true })
    }
    const page = planDraftPage(content, renderer.versions, collection, draft.slug)
    if (!page) throw new PreviewError(422, INCOMPLETE)
    return servedByAdmin(await renderer.renderView(page.view, page.props))
  } catch (error) {
    if (error instanceof PreviewError) throw error
    // A half-filled form (a field still empty) is ordinary while typing: said plainly, logged for us.
    console.warn(`实时预览：${collection} 的稿件暂时无法生成网页：${(error as Error).message}`)
    throw new PreviewError(422, INCOMPLETE)
  }
}

const shellScript = readFileSync(new URL('./livePreviewShell.js', import.meta.url), 'utf8')
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

const SHELL_STYLE = `html,body{margin:0;height:100%}body{display:flex;flex-direction:column;font:13px/1.5 system-ui,sans-serif;color:#222}
#status{display:flex;gap:.75em;align-items:center;padding:4px 10px;background:#fff7e0;border-bottom:1px solid #e6d7a8}
#status strong{color:#9a2a00}#status-text[data-error=true]{color:#b00020}#page{flex:1;width:100%;border:0;background:#fff}`

/** The frame Payload's live preview loads: a status line (样稿·未审核) and the page beneath it. */
export function shellPage(): { html: string; headers: Record<string, string> } {
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>实时预览</title><style>${SHELL_STYLE}</style></head><body>
<div id="status"><strong>样稿·未审核</strong><span id="status-text" role="status" aria-live="polite">正在载入预览…</span></div>
<iframe id="page" title="网页预览"></iframe><script>${shellScript}</script></body></html>`
  const policy = [
    "default-src 'none'",
    // The shell's script and the site's own inline scripts (长者模式, 朗读), nothing else.
    `script-src ${[sha256(shellScript), ...inlineScriptHashes().map((hash) => `'${hash}'`)].join(' ')}`,
    "style-src 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "media-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "frame-ancestors 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
  return {
    html,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': policy,
      'x-frame-options': 'SAMEORIGIN',
      'cache-control': 'no-store',
    },
  }
}
