/**
 * The print studio's catalogue and addresses, shared by the site (pages list and link the
 * files), the print renderer (makes them) and the admin (打印预览 offers them): what each
 * product is, its paper and pages, and where its PDF is served.
 */

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

/** The name a downloaded file gets: 郝敬全-海报-A4.pdf */
export function downloadName(name: string, product: ProductInfo): string {
  const size = sizeOf(product)
  const safe = name.replace(/[\\/:*?"<>|\s]+/g, '').slice(0, 40) || '宣传品'
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

/** The collections whose documents are print subjects, by kind. */
export const SUBJECT_COLLECTIONS: Record<SubjectKind, string> = { figure: 'figures', street: 'streets', place: 'places' }

/** What 打印预览 offers for a document of each collection: the product and how it is named there. */
export function previewProducts(collection: string): { id: string; label: string }[] {
  if (collection === 'handbooks') return [{ id: 'handbook', label: '手册' }]
  if (!Object.values(SUBJECT_COLLECTIONS).includes(collection)) return []
  return SUBJECT_PRODUCTS.map((product) => ({
    id: product.id,
    label: `${product.label} ${sizeOf(product)}${product.pages === 2 ? ' 双面' : ''}`,
  }))
}
