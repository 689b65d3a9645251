/**
 * The print products of a figure, street or place: what each is, its paper and pages,
 * and where it is served. The 打印与下载 page and the detail pages list these.
 */
import { SUBJECT_SECTION, type SubjectKind } from './subject.ts'

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

/** The name a downloaded file gets: 郝敬全-海报-A4.pdf */
export function downloadName(name: string, product: ProductInfo): string {
  const size = product.id.split('-')[1]?.toUpperCase() ?? ''
  const safe = name.replace(/[\\/:*?"<>|\s]+/g, '').slice(0, 40) || '宣传品'
  return `${safe}-${product.label}-${size}.pdf`
}
