/** Paper geometry in millimetres; PDF boxes in points (1 pt = 1/72 inch). */
export const MM_PER_PT = 25.4 / 72

export interface Sheet {
  /** Finished (trimmed) size. */
  trimWidth: number
  trimHeight: number
  /** Extra artwork beyond the trim on every side, cut off by the print shop. */
  bleed: number
}

export const A5: Sheet = { trimWidth: 148, trimHeight: 210, bleed: 3 }

export const mmToPt = (mm: number): number => mm / MM_PER_PT

/** The PDF page is the bleed box: trim plus bleed on every side. */
export function pageSize(sheet: Sheet): { width: number; height: number } {
  return { width: sheet.trimWidth + 2 * sheet.bleed, height: sheet.trimHeight + 2 * sheet.bleed }
}

/** [x, y, width, height] in points, origin bottom-left, as pdf-lib sets page boxes. */
export type Box = [number, number, number, number]

export function trimBox(sheet: Sheet): Box {
  const b = mmToPt(sheet.bleed)
  return [b, b, mmToPt(sheet.trimWidth), mmToPt(sheet.trimHeight)]
}

export function bleedBox(sheet: Sheet): Box {
  const { width, height } = pageSize(sheet)
  return [0, 0, mmToPt(width), mmToPt(height)]
}
