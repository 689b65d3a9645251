/** A page per regulation, and one per article of it, so each article can be read and shared alone. */

import { signPath } from '../../contract/print.ts'
import type { PublicRegulation } from '../model/types.ts'
import { paths } from '../settings.ts'
import { digest, digestOf, type Plan, page } from './keys.ts'
import { planRedirects } from './redirects.ts'

function planRegulation(plan: Plan, regulation: PublicRegulation): void {
  const { previousSlugs, updatedAt: _updated, id: _id, ...visible } = regulation
  const key = digest(plan.versions.pages, 'RegulationPage', plan.siteKey, digestOf(regulation))
  plan.add(page(paths.regulation(regulation.slug), 'RegulationPage', { site: plan.site, regulation: visible }), key)
  planRedirects(plan, previousSlugs, paths.regulation, regulation.slug, regulation.title)
  const all = regulation.chapters.flatMap((chapter) => chapter.articles.map((item) => ({ chapter, item })))
  const { slug, title, issuingBody, status, effectiveOn, publishedAt } = regulation
  all.forEach(({ chapter, item }, index) => {
    plan.add(
      page(
        paths.regulationArticle(regulation.slug, item.number),
        'RegulationArticlePage',
        {
          site: plan.site,
          regulation: { slug, title, issuingBody, status, effectiveOn, publishedAt },
          chapter: chapter.number > 0 ? { number: chapter.number, title: chapter.title } : null,
          article: item,
          previous: all[index - 1]?.item.number ?? null,
          next: all[index + 1]?.item.number ?? null,
        },
        item.reminder ? [signPath({ regulationSlug: regulation.slug, articleNumber: item.number })] : undefined,
      ),
    )
  })
}

export function planRegulations(plan: Plan): void {
  for (const regulation of plan.content.regulations) planRegulation(plan, regulation)
}
