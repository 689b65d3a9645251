import type { Regulation } from '../payload-types'

/**
 * Only what is certain: the regulation's title and the kind of body that makes a 太原市
 * local regulation. Its official text is not in our materials, so it is seeded as a
 * draft without chapters, for an editor to paste the authentic text into.
 */
export const demoRegulations: (Pick<Regulation, 'title' | 'issuingBody' | 'legalStatus' | 'preamble'> & { slug: string })[] = [
  {
    slug: 'tai-yuan-shi-wen-ming-xing-wei-cu-jin-tiao-li',
    title: '太原市文明行为促进条例',
    issuingBody: '太原市人民代表大会常务委员会',
    legalStatus: 'in-force',
    preamble: '据杏花岭区创城办供稿，杏花岭区印发《太原市文明行为促进条例》10000本。正文待编辑从官方文本粘贴。',
  },
]
