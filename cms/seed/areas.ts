import type { Area } from '../../contract/payload-types'

export interface DemoArea {
  name: string
  kind: Area['kind']
  /** Name of the parent area; absent where the article does not say. */
  parent?: string
}

const SUBDISTRICTS = ['巨轮', '三桥', '鼓楼', '杏花岭', '坝陵桥', '大东关', '职工新街', '敦化坊', '涧河', '杨家峪', '享堂']

/** The district's 11 街道 and 1 镇, and the smaller areas the article names (parents as it states them). */
export const demoAreas: readonly DemoArea[] = [
  ...SUBDISTRICTS.map((name) => ({ name: `${name}街道`, kind: 'subdistrict' as const })),
  { name: '中涧河镇', kind: 'town' },
  { name: '金刚里小区', kind: 'estate', parent: '三桥街道' },
  { name: '桃园片区', kind: 'zone', parent: '三桥街道' },
  { name: '锦绣苑片区', kind: 'zone', parent: '涧河街道' },
  { name: '建设北路北社区', kind: 'community', parent: '大东关街道' },
  { name: '矿机片区', kind: 'zone' },
  { name: '金刚堰', kind: 'zone' },
]
