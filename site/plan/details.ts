/** A page per figure, article, street and place (and redirects from their old addresses), and the images they show. */

import { filesOf } from '../model/images.ts'
import { figureSubject, venueSubject } from '../model/printSubjects.ts'
import type { ItemRef, PublicArticle, SiteImage } from '../model/types.ts'
import { paths } from '../settings.ts'
import { digest, digestOf, type Output, type Plan, page } from './keys.ts'
import { planPrintProducts, subjectPdfs } from './printIndex.ts'
import { planRedirects } from './redirects.ts'
import { planRegulations } from './regulations.ts'

/** Keys of article pages, with the neighbours and settings they were made with. */
const articleKeys = new WeakMap<
  object,
  { newer: object | undefined; older: object | undefined; siteKey: string; codeVersion: string; output: Output }
>()

function planFigures(plan: Plan, images: Map<string, SiteImage>): void {
  for (const figure of plan.content.figures) {
    const { images: shown, previousSlugs, updatedAt: _updated, id: _id, ...visible } = figure
    const figureKey = digestOf(figure)
    const key = digest(plan.versions.pages, 'FigurePage', plan.siteKey, figureKey)
    plan.add(page(paths.figure(figure.slug), 'FigurePage', { site: plan.site, figure: visible }, subjectPdfs('figure', figure.slug)), key)
    planRedirects(plan, previousSlugs, paths.figure, figure.slug, figure.name)
    planPrintProducts(plan, figureSubject(figure), figureKey)
    for (const image of shown.flatMap(filesOf)) images.set(image.filename, image)
  }
}

const articleRef = (article: PublicArticle | undefined): ItemRef | null =>
  article ? { slug: article.slug, title: article.title, kicker: article.column } : null

function planArticles(plan: Plan, images: Map<string, SiteImage>): void {
  const { articles } = plan.content
  const { siteKey } = plan
  const codeVersion = plan.versions.pages
  const inColumn = new Map<string, PublicArticle[]>()
  for (const article of articles) inColumn.set(article.columnValue, [...(inColumn.get(article.columnValue) ?? []), article])
  const positions = new Map<PublicArticle, number>()
  for (const siblings of inColumn.values()) {
    for (const [index, article] of siblings.entries()) positions.set(article, index)
  }
  for (const article of articles) {
    const siblings = inColumn.get(article.columnValue) ?? []
    const at = positions.get(article) ?? -1
    const [newerDoc, olderDoc] = [siblings[at - 1], siblings[at + 1]]
    // Kept while the article, its neighbours in the column and the settings are the same.
    const known = articleKeys.get(article)
    if (known && known.newer === newerDoc && known.older === olderDoc && known.siteKey === siteKey && known.codeVersion === codeVersion) {
      plan.outputs.push(known.output)
    } else {
      const { images: _images, previousSlugs: _previous, updatedAt: _updated, id: _id, ...visible } = article
      const [newer, older] = [articleRef(newerDoc), articleRef(olderDoc)]
      const key = digest(codeVersion, 'ArticlePage', siteKey, digestOf(article), newer, older)
      plan.add(page(paths.article(article.slug), 'ArticlePage', { site: plan.site, article: visible, newer, older }), key)
      articleKeys.set(article, { newer: newerDoc, older: olderDoc, siteKey, codeVersion, output: plan.outputs.at(-1) as Output })
    }
    planRedirects(plan, article.previousSlugs, paths.article, article.slug, article.title)
    for (const image of article.images.flatMap(filesOf)) images.set(image.filename, image)
  }
}

function planVenues(plan: Plan, images: Map<string, SiteImage>): void {
  for (const venue of [...plan.content.streets, ...plan.content.places]) {
    const { images: shown, previousSlugs, updatedAt: _updated, id: _id, ...visible } = venue
    const to = venue.kind === 'street' ? paths.street : paths.place
    const venueKey = digestOf(venue)
    plan.add(
      page(to(venue.slug), 'VenuePage', { site: plan.site, venue: visible }, subjectPdfs(venue.kind, venue.slug)),
      digest(plan.versions.pages, 'VenuePage', plan.siteKey, venueKey),
    )
    planPrintProducts(plan, venueSubject(venue), venueKey)
    planRedirects(plan, previousSlugs, to, venue.slug, venue.name)
    for (const image of shown.flatMap(filesOf)) images.set(image.filename, image)
  }
}

export function planDetails(plan: Plan): void {
  const images = new Map<string, SiteImage>()
  planFigures(plan, images)
  planArticles(plan, images)
  planVenues(plan, images)
  planRegulations(plan)
  const ad = plan.site.publicServiceAd?.image
  for (const image of ad ? filesOf(ad) : []) images.set(image.filename, image)
  // On disk under its own name: a server decodes the address (image.src) back to it.
  for (const image of images.values()) plan.add({ kind: 'image', path: `media/${image.filename}`, image })
}
