/**
 * 居民参与 pages: the 留言 and 好人推荐 forms and the receipt lookup (islands, site/islands/) and the island bundle's files,
 * which the plan carries like any output, so a build reuses, adds and removes them by key.
 */
import { config } from '../../contract/config.ts'
import { messageFormProps, nominationFormProps, receiptLookupProps } from '../islands/messageForm.ts'
import type { IslandAssets } from '../islands/types.ts'
import { paths } from '../settings.ts'
import { digest, type Plan, page } from './keys.ts'

/** A built island bundle (site/islands/build.ts): what pages link, and the files to copy. */
export interface IslandBundle {
  version: string
  assets: IslandAssets
  /** Site-relative path (`_astro/islands-…js`) and the built file. */
  files: { path: string; source: string }[]
}

export function planParticipation(plan: Plan, islands: IslandBundle): void {
  for (const file of islands.files) plan.add({ kind: 'asset', path: file.path, source: file.source }, digest(islands.version, file.path))
  plan.add(
    page(paths.messageForm, 'MessagePage', {
      site: plan.site,
      islands: islands.assets,
      form: messageFormProps(config().participationUrl, paths.receipt),
    }),
  )
  plan.add(
    page(paths.nominationForm, 'NominationPage', {
      site: plan.site,
      islands: islands.assets,
      form: nominationFormProps(config().participationUrl, paths.receipt),
    }),
  )
  plan.add(
    page(paths.receipt, 'ReceiptPage', { site: plan.site, islands: islands.assets, lookup: receiptLookupProps(config().participationUrl) }),
  )
}
