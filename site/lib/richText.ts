import { childNodes, type LexicalNode, lexicalRoot } from '../../contract/lexical.ts'
import { escapeHtml, safeHref } from './html.ts'
import { heldHtml } from './lineBreak.ts'
import { byIdentity } from './memo.ts'

export interface RichTextImage {
  src: string
  alt: string
  width?: number
  height?: number
  caption?: string
}

export interface RenderOptions {
  /** Maps an upload node's media value to a servable image; null drops the image. */
  image?: (value: unknown) => RichTextImage | null
}

// Lexical's text format bit flags.
const FORMAT_TAGS: [number, string][] = [
  [1, 'strong'],
  [2, 'em'],
  [4, 's'],
  [8, 'u'],
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
]

function text(node: LexicalNode): string {
  let html = heldHtml(String(node.text ?? ''))
  const format = Number(node.format ?? 0)
  for (const [bit, tag] of FORMAT_TAGS) if (format & bit) html = `<${tag}>${html}</${tag}>`
  return html
}

/** Node types whose children are not rendered (their own fields are). */
const LEAVES = new Set(['text', 'linebreak', 'tab', 'horizontalrule', 'upload'])

function children(node: LexicalNode, options: RenderOptions): string {
  return childNodes(node)
    .map((child) => renderNode(child, options))
    .join('')
}

function renderNode(node: LexicalNode, options: RenderOptions): string {
  switch (node.type) {
    case 'text':
      return text(node)
    case 'linebreak':
      return '<br>'
    case 'tab':
      return ' '
    case 'paragraph': {
      const inner = children(node, options)
      return inner === '' ? '' : `<p>${inner}</p>`
    }
    case 'heading': {
      // The page title is the only h1; story headings start at h2.
      const level = Math.min(6, Math.max(2, Number(String(node.tag ?? 'h2').slice(1)) || 2))
      return `<h${level}>${children(node, options)}</h${level}>`
    }
    case 'quote':
      return `<blockquote>${children(node, options)}</blockquote>`
    case 'list': {
      const tag = node.listType === 'number' ? 'ol' : 'ul'
      return `<${tag}>${children(node, options)}</${tag}>`
    }
    case 'listitem':
      return `<li>${children(node, options)}</li>`
    case 'horizontalrule':
      return '<hr>'
    case 'link':
    case 'autolink': {
      const fields = (node.fields ?? {}) as { url?: string; newTab?: boolean }
      // Only the link's own field: an address tucked elsewhere on the node was never shown to the editor or checked.
      const href = escapeHtml(safeHref(String(fields.url ?? '#')))
      const target = fields.newTab ? ' target="_blank" rel="noopener noreferrer"' : ''
      return `<a href="${href}"${target}>${children(node, options)}</a>`
    }
    case 'upload': {
      const image = options.image?.(node.value)
      if (!image) return ''
      const size = image.width && image.height ? ` width="${image.width}" height="${image.height}"` : ''
      const caption = image.caption ? `<figcaption>${heldHtml(image.caption)}</figcaption>` : ''
      return `<figure><img src="${escapeHtml(image.src)}" alt="${escapeHtml(image.alt)}"${size} loading="lazy" decoding="async">${caption}</figure>`
    }
    default:
      return children(node, options)
  }
}

/** Lexical editor state → HTML; all text is escaped and unknown nodes keep their text. */
export function renderRichText(state: unknown, options: RenderOptions = {}): string {
  const root = lexicalRoot(state)
  return root ? children(root, options) : ''
}

/**
 * Rich text as the model hands it on: the stored editor state (by reference) and the
 * images its uploads show, by media id, already made servable. Pages and print pieces
 * render it with `richTextHtml`; the model itself writes no markup.
 */
export interface RichText {
  state: unknown
  images: Record<string, RichTextImage>
}

export const NO_RICH_TEXT: RichText = Object.freeze({ state: null, images: {} })

/** The media id an upload node's value names (an id, or the document). */
function uploadId(value: unknown): string | null {
  if (typeof value === 'number' || typeof value === 'string') return String(value)
  if (typeof value === 'object' && value !== null && 'id' in value) return String((value as { id: unknown }).id)
  return null
}

/** The upload values the renderer reaches, in the order it reaches them. */
export function renderedUploads(state: unknown): unknown[] {
  const root = lexicalRoot(state)
  const found: unknown[] = []
  const visit = (node: LexicalNode) => {
    if (node.type === 'upload') found.push(node.value)
    if (LEAVES.has(String(node.type))) return
    for (const child of childNodes(node)) visit(child)
  }
  if (root) visit(root)
  return found
}

/** The HTML of rich text, made once per RichText object. */
export const richTextHtml = byIdentity((text: RichText): string =>
  renderRichText(text.state, {
    image: (value) => {
      const id = uploadId(value)
      return id === null ? null : (text.images[id] ?? null)
    },
  }),
)
