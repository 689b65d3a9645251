import type { SeedContext } from './seedContext'
import { demoSensitiveWords } from './sensitiveWords'

/** Footer filing numbers and the public service ad, unless an operator has set the ad already. */
export async function seedSiteSettings({ payload, once }: SeedContext): Promise<void> {
  await once(
    'site-settings',
    async () => Boolean((await payload.findGlobal({ slug: 'site-settings' })).publicServiceAd?.text),
    async () => {
      // Filing numbers are an operator's to fill in; the demo marks its placeholders as such.
      await payload.updateGlobal({
        slug: 'site-settings',
        data: {
          icp: '晋ICP备00000000号（示例）',
          psb: '晋公网安备14010702000000号（示例）',
          siteCode: '1401070000（示例）',
          publicServiceAd: { text: '讲文明 树新风 共建锦绣杏花岭', link: '/places/' },
        },
      })
    },
  )
}

/** The demo sensitive-word list, unless the list has entries already. */
export async function seedSensitiveWords({ payload, once }: SeedContext): Promise<void> {
  await once(
    'sensitive-words',
    async () => ((await payload.findGlobal({ slug: 'sensitive-words' })).entries?.length ?? 0) > 0,
    async () => {
      await payload.updateGlobal({ slug: 'sensitive-words', data: { entries: demoSensitiveWords } })
    },
  )
}

/** 答复部门 and the 2026 holiday calendar the demo's reply deadlines count with. */
export async function seedParticipation({ payload, once }: SeedContext): Promise<void> {
  await once(
    'departments',
    async () => (await payload.count({ collection: 'departments' })).totalDocs > 0,
    async () => {
      for (const name of ['区创城办', '区委宣传部', '区民政局', '区城市管理局', '涧河街道办事处', '杏花岭街道办事处']) {
        await payload.create({ collection: 'departments', data: { name, active: true } })
      }
    },
  )
  await once(
    'participation-settings',
    async () => Boolean((await payload.findGlobal({ slug: 'participation-settings' })).holidays),
    async () => {
      await payload.updateGlobal({
        slug: 'participation-settings',
        data: {
          replyDays: 5,
          // The State Council's 2026 arrangement as published; next year's is added when it is announced.
          holidays: '# 2026 年（示例，请按国务院办公厅通知核对）\n2026-10-01至2026-10-07 # 国庆节、中秋节\n',
          workdays: '2026-09-20\n2026-10-10\n',
        },
      })
    },
  )
}
