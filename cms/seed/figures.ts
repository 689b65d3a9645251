import type { Figure } from '../../contract/payload-types'
import { paragraphs } from './richText'

/** Only what the source article (杏花岭区创城办供稿) states about each person. */
const SOURCE = '（资料来源：杏花岭区创城办供稿）'
const SELECTION =
  '涧河街道围绕“锦绣涧河、幸福家园”的创城目标，评选出“最美疏导员”郝景全、“最美厨娘”王改红等20个“最美”人物，将他们的照片和事迹放在新时代文明实践园中进行宣传，积极引导社区群众见贤思齐。'

export interface DemoFigure {
  slug: string
  hue: number
  area: string
  data: Pick<Figure, 'name' | 'honourTitle' | 'honourKind' | 'summary' | 'story' | 'slug'>
}

export const demoFigures: readonly DemoFigure[] = [
  {
    slug: 'hao-jing-quan',
    hue: 200,
    area: '涧河街道',
    data: {
      slug: 'hao-jing-quan',
      name: '郝景全',
      honourTitle: '最美疏导员',
      honourKind: 'most-beautiful',
      summary: '涧河街道评选的20位“最美”人物之一，73岁，家住涧河新时代文明实践园附近。',
      story: paragraphs([
        SELECTION,
        '位于涧河街道锦绣苑片区的新时代文明实践园于10月10日建成向居民开放。这里以前全是汽修厂和洗车行，经过3个多月的整治，变身为整洁漂亮的文明实践园，园内还有介绍20位最美人物事迹的宣传栏。',
        '73岁的居民郝景全高兴地说，这里的环境从以前的又脏又臭变得干净整洁，区里和街道真是为我们办了件大好事。',
        SOURCE,
      ]),
    },
  },
  {
    slug: 'wang-gai-hong',
    hue: 20,
    area: '涧河街道',
    data: {
      slug: 'wang-gai-hong',
      name: '王改红',
      honourTitle: '最美厨娘',
      honourKind: 'most-beautiful',
      summary: '涧河街道评选的20位“最美”人物之一，照片和事迹在涧河新时代文明实践园展示。',
      story: paragraphs([SELECTION, '她的照片和事迹与其他“最美”人物一起，展示在涧河街道锦绣苑片区新时代文明实践园的宣传栏中。', SOURCE]),
    },
  },
]
