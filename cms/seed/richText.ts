import type { Figure } from '../payload-types'

type RichText = NonNullable<Figure['story']>

/** Lexical editor state for plain paragraphs, the shape the admin editor saves. */
export function paragraphs(texts: readonly string[]): RichText {
  return {
    root: {
      type: 'root',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      children: texts.map((text) => ({
        type: 'paragraph',
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text, version: 1 }],
      })),
    },
  }
}
