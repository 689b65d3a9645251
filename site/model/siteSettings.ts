import type { SiteSetting } from '../../contract/payload-types.ts'
import type { PublicSettings, SiteImage } from './types.ts'

export function publicSettings(global: SiteSetting, image: (value: unknown) => SiteImage | null): PublicSettings {
  const ad = global.publicServiceAd
  return {
    publicServiceAd: ad?.text ? { text: ad.text, link: ad.link ?? null, image: ad.image ? image(ad.image) : null } : null,
    siteName: global.siteName,
    sponsor: global.sponsor,
    icp: global.icp ?? null,
    psb: global.psb ?? null,
    siteCode: global.siteCode ?? null,
    contact: { phone: global.contact?.phone ?? null, email: global.contact?.email ?? null, address: global.contact?.address ?? null },
  }
}
