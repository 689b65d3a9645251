/**
 * One printed piece of a document, from public content: the published snapshot for the
 * print desk (印刷包), the snapshot with a draft in it for 打印预览 (then marked 样稿·未审核
 * on every page). One place, so the desk and the preview print exactly the same way.
 */
import type { SubjectProduct } from '../contract/print.ts'
import { SUBJECT_PRODUCTS } from '../contract/print.ts'
import { figureSubject, venueSubject } from '../site/model/printSubjects.ts'
import type { PublicContent } from '../site/model/types.ts'
import type { Printer } from '../site/print/index.ts'
import type { PrintResult } from '../site/print/render.ts'
import { PreviewError } from './previewSource.ts'

export type PieceCollection = 'figures' | 'streets' | 'places' | 'handbooks' | 'surveys'

/** The piece, with the document's name and the time of the version it was printed from. */
export type Piece = PrintResult & { title: string; version: string }

export async function printPiece(
  printer: Printer,
  content: PublicContent,
  target: { collection: PieceCollection; id: number; product: string },
  mark?: string,
): Promise<Piece> {
  const { collection, id, product } = target
  const site = content.settings
  if (collection === 'handbooks') {
    const handbook = content.handbooks.find((item) => item.id === id)
    if (!handbook) throw new PreviewError(404, '找不到这本手册。')
    if (product !== 'handbook') throw new PreviewError(400, '手册只有一种印刷品：handbook')
    if (handbook.sections.length === 0) throw new PreviewError(422, '手册还没有收录任何已发布的内容，无法印刷。')
    return { ...(await printer.handbook(handbook, site, mark)), title: handbook.title, version: handbook.updatedAt }
  }
  if (collection === 'surveys') {
    const survey = content.surveys.find((item) => item.id === id)
    if (!survey) throw new PreviewError(404, '找不到这份问卷。')
    if (product !== 'questionnaire') throw new PreviewError(400, '问卷只有一种印刷品：questionnaire')
    if (survey.questions.length === 0) throw new PreviewError(422, '问卷还没有题目，无法印刷。')
    return { ...(await printer.questionnaire(survey, site, mark)), title: survey.title, version: survey.updatedAt }
  }
  if (!SUBJECT_PRODUCTS.some((item) => item.id === product)) throw new PreviewError(400, `没有这种印刷品：${product}`)
  const items = collection === 'figures' ? content.figures : collection === 'streets' ? content.streets : content.places
  const item = items.find((candidate) => candidate.id === id)
  if (!item) throw new PreviewError(404, '找不到这份稿件。')
  const subject = 'honourTitle' in item ? figureSubject(item) : venueSubject(item)
  return { ...(await printer.subject(product as SubjectProduct, subject, site, mark)), title: item.name, version: item.updatedAt }
}
