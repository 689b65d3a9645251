/**
 * The web page of one document as its draft stands, for the admin's live preview: the
 * same plan and the same views as the site, run over the published content with this one
 * document replaced by the draft. Nothing here is a second copy of a page.
 */
import type { PageCollection } from '../../contract/collections.ts'
import type { PublicContent } from '../model/types.ts'
import type { CodeVersions } from '../render/versions.ts'
import { paths } from '../settings.ts'
import { planDetails } from './details.ts'
import { fileOf, type Output, startPlan } from './keys.ts'

export type PageOutput = Extract<Output, { kind: 'page' }>

const ADDRESS: Record<PageCollection, (slug: string) => string> = {
  figures: paths.figure,
  articles: paths.article,
  streets: paths.street,
  places: paths.place,
  regulations: paths.regulation,
}

/** The page a document with this address has on the site, or null when the plan makes none (a draft too incomplete to show). */
export function planDraftPage(content: PublicContent, versions: CodeVersions, collection: PageCollection, slug: string): PageOutput | null {
  const plan = startPlan(content, versions)
  planDetails(plan)
  const file = fileOf(ADDRESS[collection](slug))
  return (plan.outputs.find((output) => output.kind === 'page' && output.path === file) as PageOutput | undefined) ?? null
}
