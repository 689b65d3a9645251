import type { PublicSettings } from '../../site/model/types.ts'

/** Site settings for print pieces laid out outside a build: a sponsor, and nothing optional. */
export const PRINT_SETTINGS: PublicSettings = {
  siteName: '杏花岭宣传',
  sponsor: '中共太原市杏花岭区委宣传部',
  icp: null,
  psb: null,
  siteCode: null,
  contact: { phone: null, email: null, address: null },
  publicServiceAd: null,
}
