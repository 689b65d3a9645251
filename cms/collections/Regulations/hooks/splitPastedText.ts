import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { parseRegulationText, RegulationParseError } from '../parseRegulation'

/**
 * When the pasted official text changes, it replaces the chapters and articles. A text
 * that does not parse stops the save with the broken line, so nothing half-imported is kept.
 */
/** The longest paste accepted (Payload's default text limit), checked before any splitting is done. */
export const MAX_PASTE_CHARACTERS = 40_000

export const splitPastedText: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const text = data?.sourceText
  if (!data || typeof text !== 'string' || text.trim() === '' || text === originalDoc?.sourceText) return data
  if (text.length > MAX_PASTE_CHARACTERS) {
    const message = `粘贴的全文有 ${text.length.toLocaleString('zh-CN')} 个字符，超过 4 万字的上限。请分章分次粘贴，本次没有保存任何内容。`
    throw new ValidationError({ collection: 'regulations', errors: [{ path: 'sourceText', label: '粘贴条文全文', message }], req }, req.t)
  }
  try {
    const parsed = parseRegulationText(text)
    data.preamble = parsed.preamble
    data.chapters = parsed.chapters.map((chapter) => ({
      number: chapter.number,
      title: chapter.title,
      articles: chapter.articles.map((article) => ({ number: article.number, section: article.section, text: article.text })),
    }))
  } catch (error) {
    if (!(error instanceof RegulationParseError)) throw error
    throw new ValidationError(
      {
        collection: 'regulations',
        errors: [
          { path: 'sourceText', label: '粘贴条文全文', message: `条文无法拆分，${error.message}。请修改后再保存，本次没有保存任何内容。` },
        ],
        req,
      },
      req.t,
    )
  }
  return data
}
