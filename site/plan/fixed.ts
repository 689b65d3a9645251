/** The pages every site has once: home, 404, search, and the share cards of each section. */

import { FAVICON_SVG, ICON_CODE, ICONS } from '../lib/favicon.ts'
import type { ShareCard } from '../model/printSubjects.ts'
import { SHARE_SECTIONS } from '../settings.ts'
import { articleCard, figureCard, venueCard } from './cards.ts'
import { digest, fileOf, type Plan, page } from './keys.ts'

export function planHome(plan: Plan): void {
  const { figures, articles, streets, places } = plan.content
  plan.add(
    page('/', 'HomePage', {
      site: plan.site,
      figures: figures.slice(0, 6).map(figureCard),
      articles: articles
        .filter((article) => article.columnValue !== 'notices')
        .slice(0, 6)
        .map(articleCard),
      notices: articles
        .filter((article) => article.columnValue === 'notices')
        .slice(0, 5)
        .map(articleCard),
      venues: [...streets.slice(0, 3), ...places.slice(0, 3)].map(venueCard),
    }),
  )
}

export function planNotFoundAndShareCards(plan: Plan): void {
  const { site } = plan
  plan.add({ kind: 'page', path: '404.html', view: 'NotFoundPage', props: { site } })
  for (const section of SHARE_SECTIONS) {
    const card: ShareCard = { title: section.title, subtitle: section.subtitle, siteName: site.siteName, sponsor: site.sponsor }
    plan.add({ kind: 'share', path: fileOf(section.image), card })
  }
}

export function planSearch(plan: Plan): void {
  plan.add(page('/search/', 'SearchPage', { site: plan.site }))
}

/** The site's icon (every page links it; browsers also ask for /favicon.ico on their own). */
export function planIcons(plan: Plan): void {
  plan.add({ kind: 'text', path: 'favicon.svg', body: FAVICON_SVG })
  // Keyed by what they are made of alone: a change to the pages' code does not remake them.
  for (const icon of ICONS) plan.add({ kind: 'icon', svg: FAVICON_SVG, ...icon }, digest(ICON_CODE, FAVICON_SVG, icon))
}
