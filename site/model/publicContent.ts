/**
 * What residents may see, derived from a snapshot of published documents: relations are
 * resolved against the snapshot, rich text is turned into HTML, images into the files the
 * site serves. Pure functions of the snapshot, so a page built from them changes exactly
 * when something it shows changed; derived documents are memoised (derive.ts).
 */
import type { Snapshot } from '../loaders/cms.ts'
import { publicAreas } from './areas.ts'
import { byNewest, type Derived, deriver } from './derive.ts'
import { publicArticle, publicFigure, publicRegulation, publicVenue } from './documents.ts'
import { publicElection } from './elections.ts'
import { publicEvents } from './events.ts'
import { publicHandbooks } from './handbooks.ts'
import { CARD, responsive } from './images.ts'
import { publicReply } from './replies.ts'
import { byPlace, publicServiceItem } from './services.ts'
import { publicSettings } from './siteSettings.ts'
import { byOpening, publicSurvey } from './surveys.ts'
import type { PublicContent, PublicServiceItem } from './types.ts'

/**
 * `fresh`: derive everything anew, in a memo of this call's own: what a preview derives
 * with a draft in the snapshot must not be found later by another preview or a build.
 */
export function publicContent(snapshot: Snapshot, { fresh = false }: { fresh?: boolean } = {}): PublicContent {
  const d = deriver(snapshot, fresh ? new WeakMap<object, Derived>() : undefined)
  const figures = byNewest([...snapshot.figures.values()].map((doc) => d.memo(doc, (item) => publicFigure(d, item))))
  const articles = byNewest([...snapshot.articles.values()].map((doc) => d.memo(doc, (item) => publicArticle(d, item))))
  const streets = byNewest([...snapshot.streets.values()].map((doc) => d.memo(doc, (item) => publicVenue(d, 'street', item))))
  const places = byNewest([...snapshot.places.values()].map((doc) => d.memo(doc, (item) => publicVenue(d, 'place', item))))
  const regulations = byNewest([...snapshot.regulations.values()].map((doc) => d.memo(doc, (item) => publicRegulation(d, item))))
  const byId = <T extends { id: number }>(items: T[]) => new Map(items.map((item) => [item.id, item]))
  const published = {
    figures: byId(figures),
    articles: byId(articles),
    streets: byId(streets),
    places: byId(places),
    regulations: byId(regulations),
  }
  return {
    figures,
    articles,
    streets,
    places,
    regulations,
    handbooks: publicHandbooks(snapshot, published),
    replies: byNewest([...snapshot.replies.values()].map((doc) => d.memo(doc, (item) => publicReply(d, item)))),
    surveys: byOpening([...snapshot.surveys.values()].map((doc) => d.memo(doc, (item) => publicSurvey(d, item)))),
    elections: [...snapshot.elections.values()]
      .map((doc) => publicElection(d, doc, published.figures))
      .sort((a, b) => b.opensAt.localeCompare(a.opensAt) || b.id - a.id),
    events: publicEvents(d, snapshot, published.places),
    serviceItems: byPlace(
      [...snapshot['service-items'].values()]
        .map((doc) => d.memo(doc, (item) => publicServiceItem(d, item)))
        .filter((item): item is PublicServiceItem => item !== null),
    ),
    areas: publicAreas(snapshot.areas),
    settings: publicSettings(snapshot.settings, (value) => {
      const doc = d.media(value)
      return doc ? responsive(doc, CARD) : null
    }),
  }
}
