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
