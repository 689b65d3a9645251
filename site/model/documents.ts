/** Figures, articles, streets and places, and regulations, as residents may see them. */
import type { Article, Figure, Place, Regulation, Street } from '../../contract/payload-types.ts'
import { ARTICLE_COLUMNS, HONOUR_KINDS, labelOf, PLACE_LEVELS, REGULATION_STATUSES } from '../../contract/vocabulary.ts'
import { type Deriver, figureRef, placeRef, streetRef, uniqueRefs } from './derive.ts'
import { CARD, HERO, responsive, siteImage } from './images.ts'
import type { AreaRef, PublicArticle, PublicFigure, PublicRegulation, PublicVenue, SiteImage, StoryPart } from './types.ts'

export function publicFigure(d: Deriver, doc: Figure): PublicFigure {
  // Tracked, so this figure is derived again when a street or place starts or stops featuring it.
  d.lookup(d.linkMap, doc.id)
  const portraitDoc = d.media(doc.portrait)
  const original = portraitDoc ? siteImage(portraitDoc) : null
  const portrait =
    portraitDoc && original
      ? {
          original,
          card: responsive(portraitDoc, CARD) ?? original,
          hero: responsive(portraitDoc, HERO) ?? original,
          share: siteImage(portraitDoc, 'share') ?? original,
        }
      : null
  const images: SiteImage[] = portrait ? [portrait.card, portrait.hero, portrait.share] : []
  return {
    id: doc.id,
    slug: doc.slug ?? String(doc.id),
    previousSlugs: (doc.previousSlugs ?? []).map((entry) => entry.slug),
    name: doc.name,
    honourTitle: doc.honourTitle,
    honourKind: labelOf(HONOUR_KINDS, doc.honourKind),
    honourKindValue: doc.honourKind,
    area: d.areaName(doc.area) ?? '',
    areaRef: d.areaRef(doc.area),
    streets: uniqueRefs([
      ...d.refs(d.snapshot.streets, doc.relatedStreets, streetRef),
      ...d.refs(d.snapshot.streets, d.featuring.streets.get(doc.id), streetRef),
    ]),
    places: uniqueRefs([
      ...d.refs(d.snapshot.places, doc.relatedPlaces, placeRef),
      ...d.refs(d.snapshot.places, d.featuring.places.get(doc.id), placeRef),
    ]),
    yearHonoured: doc.yearHonoured ?? null,
    summary: doc.summary,
    story: d.richText(doc.story, images),
    updatedAt: doc.updatedAt,
    publishedAt: doc.publishedAt ?? doc.createdAt,
    portrait,
    images,
  }
}

export function publicArticle(d: Deriver, doc: Article): PublicArticle {
  const coverDoc = d.media(doc.cover)
  const cover = coverDoc ? responsive(coverDoc, HERO) : null
  const share = coverDoc ? siteImage(coverDoc, 'share') : null
  const images: SiteImage[] = [cover, share].filter((image): image is SiteImage => image !== null)
  return {
    id: doc.id,
    slug: doc.slug ?? String(doc.id),
    previousSlugs: (doc.previousSlugs ?? []).map((entry) => entry.slug),
    title: doc.title,
    lead: doc.lead,
    column: labelOf(ARTICLE_COLUMNS, doc.column),
    columnValue: doc.column,
    source: doc.source,
    author: doc.author ?? null,
    areas: (doc.areas ?? []).map(d.areaName).filter((name): name is string => name !== null),
    areaRefs: (doc.areas ?? []).map(d.areaRef).filter((ref): ref is AreaRef => ref !== null),
    body: d.richText(doc.body, images),
    updatedAt: doc.updatedAt,
    publishedAt: doc.publishedAt ?? doc.createdAt,
    cover,
    share,
    images,
  }
}

export function publicVenue(d: Deriver, kind: 'street' | 'place', doc: Street | Place): PublicVenue {
  const images: SiteImage[] = []
  const coverDoc = d.media(doc.cover)
  const cover = coverDoc ? responsive(coverDoc, HERO) : null
  if (cover) images.push(cover)
  const card = coverDoc ? (responsive(coverDoc, CARD) ?? cover) : null
  if (card && card.filename !== cover?.filename) images.push(card)
  const share = coverDoc ? siteImage(coverDoc, 'share') : null
  if (share) images.push(share)
  const gallery = (doc.gallery ?? [])
    .map((value) => d.media(value))
    .map((item) => (item ? responsive(item, CARD) : null))
    .filter((image): image is SiteImage => image !== null)
  images.push(...gallery)
  const place = kind === 'place' ? (doc as Place) : null
  const street = kind === 'street' ? (doc as Street) : null
  return {
    kind,
    id: doc.id,
    slug: doc.slug ?? String(doc.id),
    previousSlugs: (doc.previousSlugs ?? []).map((entry) => entry.slug),
    name: doc.name,
    subtitle: street ? street.officialName : labelOf(PLACE_LEVELS, place?.level ?? ''),
    levelValue: place?.level ?? null,
    theme: street?.theme ?? null,
    summary: doc.summary,
    area: d.areaName(doc.area) ?? '',
    areaRef: d.areaRef(doc.area),
    location: { address: doc.location.address, lat: doc.location.lat ?? null, lng: doc.location.lng ?? null },
    openingHours: place?.openingHours ?? null,
    openedOn: place?.openedOn ?? null,
    facilities: (place?.facilities ?? [])
      .map((value) => d.lookup(d.snapshot.facilities, value)?.name ?? null)
      .filter((name): name is string => name !== null),
    story: d.richText(street?.story, images),
    before: d.richText(place?.story?.before, images),
    after: d.richText(place?.story?.after, images),
    cover,
    card,
    share,
    printPhoto: coverDoc ? siteImage(coverDoc) : null,
    gallery,
    figures: d.refs(d.snapshot.figures, doc.featuredFigures, figureRef),
    updatedAt: doc.updatedAt,
    publishedAt: doc.publishedAt ?? doc.createdAt,
    images,
  }
}

export function publicRegulation(d: Deriver, doc: Regulation): PublicRegulation {
  return {
    id: doc.id,
    slug: doc.slug ?? String(doc.id),
    previousSlugs: (doc.previousSlugs ?? []).map((entry) => entry.slug),
    title: doc.title,
    issuingBody: doc.issuingBody,
    status: labelOf(REGULATION_STATUSES, doc.legalStatus),
    adoptedOn: doc.adoptedOn ?? null,
    effectiveOn: doc.effectiveOn ?? null,
    preamble: doc.preamble ?? null,
    chapters: (doc.chapters ?? []).map((chapter) => ({
      number: chapter.number,
      title: chapter.title ?? null,
      articles: (chapter.articles ?? []).map((item) => ({
        number: item.number,
        section: item.section ?? null,
        text: item.text,
        reminder: item.reminder?.trim() || null,
      })),
    })),
    area: d.areaName(doc.area) ?? '',
    areaRef: d.areaRef(doc.area),
    updatedAt: doc.updatedAt,
    publishedAt: doc.publishedAt ?? doc.createdAt,
  }
}

/** A venue's story as parts: a street's one story; a place's before and after, under 以前 and 现在. */
export function venueStory(venue: PublicVenue): StoryPart[] {
  if (venue.kind === 'street') return [{ heading: null, text: venue.story }]
  return [
    { heading: '以前', text: venue.before },
    { heading: '现在', text: venue.after },
  ]
}
