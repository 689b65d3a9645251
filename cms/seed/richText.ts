import type { LexicalNode as StoredNode } from '../../contract/lexical'
import type { Figure } from '../../contract/payload-types'

type RichText = NonNullable<Figure['story']>
/** What the seed writes: every node with its type and version, as the editor saves them. */
type LexicalNode = StoredNode & { type: string; version: number }

/** Lexical editor state around `children`, the shape the admin editor saves. */
const editorState = (children: LexicalNode[]): RichText => ({
  root: { type: 'root', direction: 'ltr', format: '', indent: 0, version: 1, children },
})

const paragraph = (children: LexicalNode[]): LexicalNode => ({
  type: 'paragraph',
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  textFormat: 0,
  textStyle: '',
  children,
})

const text = (value: string): LexicalNode => ({ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text: value, version: 1 })

/** Plain paragraphs. */
export function paragraphs(texts: readonly string[]): RichText {
  return editorState(texts.map((value) => paragraph([text(value)])))
}

/** One paragraph that is a link: `label`, pointing at `url`. */
export function linkParagraph(label: string, url: string): RichText {
  const link = {
    type: 'link',
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 3,
    fields: { linkType: 'custom', url, newTab: false },
    children: [text(label)],
  }
  return editorState([paragraph([link])])
}

/** An image from the media library, on its own. */
export function imageBlock(mediaId: number): RichText {
  return editorState([{ type: 'upload', version: 3, format: '', relationTo: 'media', value: mediaId, fields: null }])
}

/** Paragraphs with images from the media library between them: a string is a paragraph, a number an image. */
export function paragraphsAndImages(parts: readonly (string | number)[]): RichText {
  return editorState(
    parts.map((part) =>
      typeof part === 'number'
        ? { type: 'upload', version: 3, format: '', relationTo: 'media', value: part, fields: null }
        : paragraph([text(part)]),
    ),
  )
}
