/**
 * 评选: each published 评选's page — its rules and candidates, the ballot as an island
 * (the code from a slip's QR code or typed), and after the close the result the API gives
 * once an editor has published it. Not in the sitemap: residents arrive with a slip.
 */
import { config } from '../../contract/config.ts'
import { electionBallotProps } from '../islands/electionForm.ts'
import { paths } from '../settings.ts'
import { type Plan, page } from './keys.ts'
import type { IslandBundle } from './participation.ts'

export function planElections(plan: Plan, islands: IslandBundle): void {
  for (const election of plan.content.elections) {
    plan.add(
      page(paths.election(election.slug), 'ElectionPage', {
        site: plan.site,
        islands: islands.assets,
        crumbs: [plan.home, { href: null, label: election.title }],
        election,
        ballot: electionBallotProps(config().participationUrl, election),
      }),
    )
  }
}
