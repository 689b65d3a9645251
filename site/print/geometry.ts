/** Paper geometry in millimetres; PDF boxes in points (1 pt = 1/72 inch). */
export const MM_PER_PT = 25.4 / 72

export interface Sheet {
  /** Finished (trimmed) size. */
  trimWidth: number
  trimHeight: number
  /** Extra artwork beyond the trim on every side, cut off by the print shop. */
  bleed: number
  /** Margin outside the bleed that carries the crop marks (the slug). */
  slug: number
}

/** Every sheet has 3 mm bleed, and a 6 mm slug outside it for the crop marks. */
const sheetOf = (trimWidth: number, trimHeight: number): Sheet => ({ trimWidth, trimHeight, bleed: 3, slug: 6 })

export const A3 = sheetOf(297, 420)
export const A4 = sheetOf(210, 297)
export const A4_LANDSCAPE = sheetOf(297, 210)
export const A5 = sheetOf(148, 210)
/**
 * A plain A4 page, no bleed, no slug: a form for the office printer and the copier (the
 * paper questionnaire, the 评选 slips), printed at its real size on ordinary A4 paper.
 */
export const A4_PLAIN: Sheet = { trimWidth: 210, trimHeight: 297, bleed: 0, slug: 0 }
/** 大32开, the usual pocket-book size. */
export const BOOK_32 = sheetOf(140, 210)

export const mmToPt = (mm: number): number => mm / MM_PER_PT

/** The PDF page (MediaBox): trim, plus bleed and slug on every side. */
export function pageSize(sheet: Sheet): { width: number; height: number } {
  const margin = sheet.bleed + sheet.slug
  return { width: sheet.trimWidth + 2 * margin, height: sheet.trimHeight + 2 * margin }
}

/** [x, y, width, height] in points, origin bottom-left, as pdf-lib sets page boxes. */
export type Box = [number, number, number, number]

export function mediaBox(sheet: Sheet): Box {
  const { width, height } = pageSize(sheet)
  return [0, 0, mmToPt(width), mmToPt(height)]
}

export function bleedBox(sheet: Sheet): Box {
  const s = mmToPt(sheet.slug)
  return [s, s, mmToPt(sheet.trimWidth + 2 * sheet.bleed), mmToPt(sheet.trimHeight + 2 * sheet.bleed)]
}

export function trimBox(sheet: Sheet): Box {
  const offset = mmToPt(sheet.slug + sheet.bleed)
  return [offset, offset, mmToPt(sheet.trimWidth), mmToPt(sheet.trimHeight)]
}
