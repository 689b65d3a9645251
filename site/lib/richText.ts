import { escapeHtml, safeHref } from './html.ts'

/** The parts of a serialized Lexical node this renderer reads. */
interface LexicalNode {
  type: string
  children?: LexicalNode[]
  [key: string]: unknown
}

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
  let html = escapeHtml(String(node.text ?? ''))
  const format = Number(node.format ?? 0)
  for (const [bit, tag] of FORMAT_TAGS) if (format & bit) html = `<${tag}>${html}</${tag}>`
  return html
}

function children(node: LexicalNode, options: RenderOptions): string {
  return (node.children ?? []).map((child) => renderNode(child, options)).join('')
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
      const caption = image.caption ? `<figcaption>${escapeHtml(image.caption)}</figcaption>` : ''
      return `<figure><img src="${escapeHtml(image.src)}" alt="${escapeHtml(image.alt)}"${size} loading="lazy" decoding="async">${caption}</figure>`
    }
    default:
      return children(node, options)
  }
}

/** Lexical editor state → HTML; all text is escaped and unknown nodes keep their text. */
export function renderRichText(state: unknown, options: RenderOptions = {}): string {
  const root = (state as { root?: LexicalNode } | null | undefined)?.root
  return root ? children(root, options) : ''
}
