/** What a list or an area page shows of each item: one card per item, made once while the item is the same object. */

import type { Card } from '../components/types.ts'
import { byIdentity } from '../lib/memo.ts'
import type { PublicArticle, PublicFigure, PublicRegulation, PublicVenue } from '../model/types.ts'
import { paths } from '../settings.ts'
import { markStable } from './keys.ts'

function cardMaker<T extends object>(make: (item: T) => Card): (item: T) => Card {
  return byIdentity((item: T) => {
    const card = make(item)
    markStable(card)
    return card
  })
}

export const figureCard = cardMaker(
  (figure: PublicFigure): Card => ({
    href: paths.figure(figure.slug),
    title: figure.name,
    kicker: figure.honourTitle,
    summary: figure.summary,
    image: figure.portrait?.card ?? null,
    date: null,
  }),
)

export const articleCard = cardMaker(
  (article: PublicArticle): Card => ({
    href: paths.article(article.slug),
    title: article.title,
    kicker: article.column,
    summary: article.lead,
    image: null,
    date: article.publishedAt,
  }),
)

export const venueCard = cardMaker(
  (venue: PublicVenue): Card => ({
    href: venue.kind === 'street' ? paths.street(venue.slug) : paths.place(venue.slug),
    title: venue.name,
    kicker: venue.subtitle,
    summary: venue.summary,
    image: venue.card,
    date: null,
  }),
)

export const regulationCard = cardMaker(
  (regulation: PublicRegulation): Card => ({
    href: paths.regulation(regulation.slug),
    title: regulation.title,
    kicker: `${regulation.issuingBody} · ${regulation.status}`,
    summary: regulation.effectiveOn ? `${regulation.effectiveOn.slice(0, 10)} 起施行` : '',
    image: null,
    date: null,
  }),
)
