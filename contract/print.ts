/**
 * The print studio's catalogue and addresses, shared by the site (pages list and link the
 * files), the print renderer (makes them) and the admin (打印预览 offers them): what each
 * product is, its paper and pages, and where its PDF is served.
 */

import { chineseNumeral } from './numerals.ts'

/** What a poster or leaflet is about. */
export type SubjectKind = 'figure' | 'street' | 'place'

export const SUBJECT_SECTION: Record<SubjectKind, { label: string; dir: string }> = {
  figure: { label: '人物', dir: 'figures' },
  street: { label: '特色街巷', dir: 'streets' },
  place: { label: '文明实践阵地', dir: 'places' },
}

export type SubjectProduct = 'poster-a4' | 'poster-a3' | 'leaflet-a5'

export interface ProductInfo {
  id: SubjectProduct
  /** 海报 / 宣传单 */
  label: string
  /** Paper and sides, as a print shop would write it. */
  paper: string
  pages: number
  use: string
}

export const SUBJECT_PRODUCTS: ProductInfo[] = [
  { id: 'poster-a4', label: '海报', paper: 'A4 竖版（210×297 毫米）', pages: 1, use: '贴在楼道、宣传栏' },
  { id: 'poster-a3', label: '海报', paper: 'A3 竖版（297×420 毫米）', pages: 1, use: '宣传栏、橱窗' },
  { id: 'leaflet-a5', label: '宣传单', paper: 'A5 双面（148×210 毫米）', pages: 2, use: '入户发放' },
]

export const productPath = (kind: SubjectKind, slug: string, product: SubjectProduct): string =>
  `/print/${SUBJECT_SECTION[kind].dir}/${slug}/${product}.pdf`

/** A product's paper size as a print shop writes it: A4, A3, A5. */
const sizeOf = (product: ProductInfo) => product.id.split('-')[1]?.toUpperCase() ?? ''

/** `text` fit for a file name: no path or shell characters, at most `length` characters (whole characters: an emoji is never cut in half). */
export const fileSafe = (text: string, length: number): string => [...text.replace(/[\\/:*?"<>|\s]+/g, '')].slice(0, length).join('')

/** The name a downloaded file gets: 郝敬全-海报-A4.pdf */
export function downloadName(name: string, product: ProductInfo): string {
  const size = sizeOf(product)
  const safe = fileSafe(name, 40) || '宣传品'
  return `${safe}-${product.label}-${size}.pdf`
}

/** A handbook's trim sizes, as a print shop would write them. */
export type HandbookTrim = 'a5' | 'book32'
export const HANDBOOK_PAPER: Record<HandbookTrim, string> = { a5: 'A5（148×210 毫米）', book32: '大32开（140×210 毫米）' }

export const handbookPath = (slug: string) => `/print/handbooks/${slug}.pdf`
/** Where a handbook's back-cover QR code leads: its entry on 打印与下载. */
export const handbookAnchor = (slug: string) => `handbook-${slug}`

/** A 温馨提示牌's file: one per regulation article with a reminder. */
export const signPath = (sign: { regulationSlug: string; articleNumber: number }) =>
  `/print/signs/${sign.regulationSlug}-${sign.articleNumber}.pdf`

/** 纸质问卷: each published survey's A4 questionnaire, printed in black, beside its page. */
export const questionnairePath = (slug: string) => `/surveys/${slug}/questionnaire.pdf`
export const QUESTIONNAIRE_PAPER = 'A4 竖版（210×297 毫米），黑白打印即可'
/** The name a downloaded questionnaire gets: 街巷环境征集-纸质问卷-A4.pdf */
export const questionnaireName = (title: string) => `${fileSafe(title, 40) || '问卷'}-纸质问卷-A4.pdf`

/** The collections whose documents are print subjects, by kind. */
export const SUBJECT_COLLECTIONS: Record<SubjectKind, string> = { figure: 'figures', street: 'streets', place: 'places' }

/** What 打印预览 offers for a document of each collection: the product and how it is named there. */
export function previewProducts(collection: string): { id: string; label: string }[] {
  if (collection === 'handbooks') return [{ id: 'handbook', label: '手册' }]
  if (collection === 'surveys') return [{ id: 'questionnaire', label: '纸质问卷 A4' }]
  if (!Object.values(SUBJECT_COLLECTIONS).includes(collection)) return []
  return SUBJECT_PRODUCTS.map((product) => ({
    id: product.id,
    label: `${product.label} ${sizeOf(product)}${product.pages === 2 ? ' 双面' : ''}`,
  }))
}

/** 印刷包 (the print desk): what may be ordered, from which collection. */
export type OrderProduct = SubjectProduct | 'handbook'
export const ORDER_COLLECTIONS = ['figures', 'streets', 'places', 'handbooks'] as const
export type OrderCollection = (typeof ORDER_COLLECTIONS)[number]
export const ORDER_PRODUCTS: Record<OrderCollection, readonly OrderProduct[]> = {
  figures: ['poster-a4', 'poster-a3', 'leaflet-a5'],
  streets: ['poster-a4', 'poster-a3', 'leaflet-a5'],
  places: ['poster-a4', 'poster-a3', 'leaflet-a5'],
  handbooks: ['handbook'],
}

/** What each product is called on the desk and the 印制单. */
export const ORDER_PRODUCT_LABELS: Record<OrderProduct, string> = {
  'poster-a4': '海报 A4',
  'poster-a3': '海报 A3',
  'leaflet-a5': '宣传单 A5',
  handbook: '手册',
}

/** Finished 印刷包 are kept this many days, then removed (the order can be placed again). */
export const PACK_KEPT_DAYS = 30

/** One plain sentence per product: which file goes to the print shop, and how it is printed. */
export const PRINT_SHOP_NOTES: Record<OrderProduct, string> = {
  'poster-a4': '交给打印店的是带“CMYK”的 PDF：A4 铜版纸单面彩印，沿裁切线裁掉四边各 3 毫米出血。',
  'poster-a3': '交给打印店的是带“CMYK”的 PDF：A3 铜版纸单面彩印，沿裁切线裁掉四边各 3 毫米出血。',
  'leaflet-a5': '交给打印店的是带“CMYK”的 PDF：A5 双面彩印（第 1 页正面、第 2 页反面），沿裁切线裁切。',
  handbook: '交给印刷厂的是带“CMYK”的 PDF：按页码顺序印刷装订（骑马钉或胶装），成品尺寸见印制单。',
}

/** For the office's own colour printer, the ordinary file does. */
export const OFFICE_PRINTER_NOTE = '在办公室自己的彩色打印机上打印，用不带“CMYK”的普通版即可。'

const UNIT_VALUES: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10_000 }

/**
 * Below 万: 一百二十 → 120, and the spoken shortening of a trailing digit, 一百一 → 110,
 * 两千五 → 2500 (一百零一 stays 101); null when it is not a numeral.
 */
function belowWan(text: string): number | null {
  const short = /^(.*([百千]))([一二三四五六七八九])$/.exec(text)
  if (short) {
    const head = chineseNumeral(short[1] as string)
    const digit = chineseNumeral(short[3] as string)
    return head === null || digit === null ? null : head + (digit * (UNIT_VALUES[short[2] as string] as number)) / 10
  }
  return chineseNumeral(text)
}

function chineseCopies(text: string): number | null {
  const [high, low, ...more] = text.replace(/两/g, '二').split('万')
  if (more.length > 0) return null
  if (low === undefined) return belowWan(high as string)
  const wan = high === '' ? null : /^\d+$/.test(high as string) ? Number(high) : belowWan(high as string)
  if (wan === null) return null
  // 三万五 → 35000: a lone digit after 万 counts thousands.
  const rest = low === '' ? 0 : /^[一二三四五六七八九]$/.test(low) ? (chineseNumeral(low) as number) * 1000 : belowWan(low)
  return rest === null ? null : wan * 10_000 + rest
}

/**
 * A number of copies as people type it: 120, １２０, 1,200 (commas only between groups of
 * three), 3千, 1万, 一百二十, 一百一 (110), 两千五 (2500), 三万五, with 份/张/本/册 after it;
 * null for anything else (1、2, "1 2", 1.5, -5, 1e3 are refused, not guessed).
 */
export function copiesOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) ? value : null
  if (typeof value !== 'string') return null
  const text = value
    .normalize('NFKC')
    .trim()
    .replace(/(份|张|本|册)$/, '')
  if (/^\d+$/.test(text)) return Number(text)
  if (/^\d{1,3}(,\d{3})+$/.test(text)) return Number(text.replaceAll(',', ''))
  const withUnit = /^(\d+)([十百千万])$/.exec(text)
  if (withUnit) return Number(withUnit[1]) * (UNIT_VALUES[withUnit[2] as string] as number)
  return chineseCopies(text)
}
