import type { Place, Street } from '../../contract/payload-types'
import { paragraphs } from './richText'

export const SOURCE = '（资料来源：杏花岭区创城办供稿）'

export const demoFacilities = ['座椅', '凉亭', '塑胶步道', '公共卫生间', '健身器材', '宣传栏', '书柜'] as const

export interface DemoStreet {
  slug: string
  area: string
  data: Pick<Street, 'name' | 'officialName' | 'theme' | 'summary' | 'location' | 'story' | 'slug'>
}

const TAOYUAN =
  '三桥街道桃园片区联合社区、商户、志愿者多方联动，精心构建桃园一巷南二条的“好人街”，杏林一条的“家事家风街”，门诊前巷三条的“诚信街”等具有鲜明个性的街巷，积极营造祥和温馨的街道氛围。'

function street(slug: string, name: string, officialName: string, theme: string): DemoStreet {
  return {
    slug,
    area: '桃园片区',
    data: {
      slug,
      name,
      officialName,
      theme,
      summary: `三桥街道桃园片区由社区、商户、志愿者共同打造的特色街巷，位于${officialName}。`,
      location: { address: `杏花岭区三桥街道桃园片区${officialName}` },
      story: paragraphs([TAOYUAN, SOURCE]),
    },
  }
}

export const demoStreets: readonly DemoStreet[] = [
  street('hao-ren-jie', '好人街', '桃园一巷南二条', '好人'),
  street('jia-shi-jia-feng-jie', '家事家风街', '杏林一条', '家事家风'),
  street('cheng-xin-jie', '诚信街', '门诊前巷三条', '诚信'),
]

export interface DemoPlace {
  slug: string
  area: string
  facilities: readonly string[]
  figures: readonly string[]
  data: Pick<Place, 'name' | 'level' | 'openedOn' | 'summary' | 'location' | 'story' | 'slug'>
}

const JIANHE_SERVICES =
  '涧河街道围绕“锦绣涧河、幸福家园”的创城目标，带动辖区14个社区65个点位进行全域创城，优先补足便民服务设施，建起睦邻之家、便民服务站、城管执法站、综合治理工作站等阵地，让居民共建幸福家园，共享文明成果。'

function jianheService(slug: string, name: string): DemoPlace {
  return {
    slug,
    area: '涧河街道',
    facilities: [],
    figures: [],
    data: {
      slug,
      name,
      summary: '涧河街道为补足便民服务设施建起的阵地之一。',
      location: { address: '杏花岭区涧河街道' },
      story: { after: paragraphs([JIANHE_SERVICES, SOURCE]) },
    },
  }
}

export const demoPlaces: readonly DemoPlace[] = [
  {
    slug: 'jian-he-xin-shi-dai-wen-ming-shi-jian-yuan',
    area: '锦绣苑片区',
    facilities: ['座椅', '凉亭', '塑胶步道', '公共卫生间', '宣传栏'],
    figures: ['hao-jing-quan', 'wang-gai-hong'],
    data: {
      slug: 'jian-he-xin-shi-dai-wen-ming-shi-jian-yuan',
      name: '涧河新时代文明实践园',
      level: 'park',
      openedOn: '10月10日',
      summary: '位于涧河街道锦绣苑片区，由汽修厂和洗车行整治而成，10月10日向居民开放。',
      location: { address: '杏花岭区涧河街道锦绣苑片区' },
      story: {
        before: paragraphs(['这里以前全是汽修厂和洗车行，味道难闻不说，污水还到处流，附近居民都不敢开窗。']),
        after: paragraphs([
          '10 月 10 日，位于杏花岭区涧河街道锦绣苑片区的新时代文明实践园建成向居民开放。',
          '经过3个多月的整治，这里已经变身为整洁漂亮的新时代文明实践园，实践园内座椅、凉亭、塑胶步道、公共卫生间一应俱全，还有宣传习近平新时代中国特色社会主义思想和介绍20位最美人物事迹的宣传栏，成为附近居民休闲娱乐尤其是学习习近平新时代中国特色社会主义思想的新去处。',
          '73 岁的居民郝景全高兴地说，这里的环境从以前的又脏又臭变得干净整洁，区里和街道真是为我们办了件大好事。',
          SOURCE,
        ]),
      },
    },
  },
  jianheService('jian-he-mu-lin-zhi-jia', '涧河街道睦邻之家'),
  jianheService('jian-he-bian-min-fu-wu-zhan', '涧河街道便民服务站'),
  jianheService('jian-he-cheng-guan-zhi-fa-zhan', '涧河街道城管执法站'),
  jianheService('jian-he-zong-he-zhi-li-gong-zuo-zhan', '涧河街道综合治理工作站'),
]
