/**
 * The site as a list of output files, each with the exact data it is made from (keys.ts).
 * One module per family of pages; each adds its outputs to the plan. An incremental build
 * renders only files whose key changed and reuses the rest, so it needs no hand-kept
 * dependency graph: a list page's data holds only what its cards show, so editing a story
 * re-renders the story's page and PDF, not the lists.
 */
import type { PublicContent } from '../model/types.ts'
import type { CodeVersions } from '../render/versions.ts'
import { planAreas } from './areas.ts'
import { planDetails } from './details.ts'
import { planElections } from './elections.ts'
import { planEvents } from './events.ts'
import { planFeeds } from './feeds.ts'
import { planField } from './field.ts'
import { planHome, planIcons, planNotFoundAndShareCards, planSearch } from './fixed.ts'
import { type Output, startPlan } from './keys.ts'
import { forgetListsNotIn, planLists } from './lists.ts'
import { type IslandBundle, planParticipation } from './participation.ts'
import { planPrintIndex } from './printIndex.ts'
import { planReplies } from './replies.ts'
import { planScreen } from './screen.ts'
import { planServices } from './services.ts'
import { planSurveys } from './surveys.ts'

/** Every file of the site, keyed. Each family's code version changes whenever the code that makes it does. */
export function planSite(content: PublicContent, versions: CodeVersions, islands: IslandBundle): Output[] {
  const plan = startPlan(content, versions)
  // The order is the order of the sitemap's list pages; keep it.
  planHome(plan)
  planLists(plan)
  planReplies(plan)
  planParticipation(plan, islands)
  planSurveys(plan, islands)
  planElections(plan, islands)
  planEvents(plan, islands)
  planServices(plan, islands)
  planField(plan, islands)
  planNotFoundAndShareCards(plan)
  planScreen(plan)
  planSearch(plan)
  planIcons(plan)
  planPrintIndex(plan)
  planDetails(plan)
  planAreas(plan)
  planFeeds(plan)
  forgetListsNotIn(plan)
  return plan.outputs
}
