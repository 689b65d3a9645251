/** The collections: the CMS's published documents, through its REST API (lib/cms.mjs). */
import { defineCollection } from 'astro:content'

import { payloadLoader, richText, settingsLoader } from './lib/cms.mjs'

const common = (doc) => ({ id: doc.id, slug: doc.slug ?? String(doc.id), publishedAt: doc.publishedAt ?? doc.createdAt })

export const collections = {
  figures: defineCollection({
    loader: payloadLoader('figures', {
      html: (doc) => richText(doc.story),
      pick: (doc) => ({
        ...common(doc),
        name: doc.name,
        honourTitle: doc.honourTitle,
        honourKind: doc.honourKind,
        area: doc.area,
        summary: doc.summary,
        portrait: doc.portrait ?? null,
        yearHonoured: doc.yearHonoured ?? null,
      }),
    }),
  }),
  articles: defineCollection({
    loader: payloadLoader('articles', {
      html: (doc) => richText(doc.body),
      pick: (doc) => ({
        ...common(doc),
        title: doc.title,
        lead: doc.lead,
        column: doc.column,
        source: doc.source,
        author: doc.author ?? null,
        cover: doc.cover ?? null,
        areas: doc.areas ?? [],
      }),
    }),
  }),
  streets: defineCollection({
    loader: payloadLoader('streets', {
      html: (doc) => richText(doc.story),
      pick: (doc) => ({
        ...common(doc),
        name: doc.name,
        officialName: doc.officialName ?? null,
        theme: doc.theme ?? null,
        summary: doc.summary,
        address: doc.location?.address ?? '',
        cover: doc.cover ?? null,
        area: doc.area,
      }),
    }),
  }),
  places: defineCollection({
    loader: payloadLoader('places', {
      html: (doc) => `<h2>以前</h2>${richText(doc.story?.before)}<h2>现在</h2>${richText(doc.story?.after)}`,
      pick: (doc) => ({
        ...common(doc),
        name: doc.name,
        level: doc.level ?? null,
        summary: doc.summary,
        address: doc.location?.address ?? '',
        openingHours: doc.openingHours ?? null,
        cover: doc.cover ?? null,
        area: doc.area,
      }),
    }),
  }),
  regulations: defineCollection({
    loader: payloadLoader('regulations', {
      pick: (doc) => ({
        ...common(doc),
        title: doc.title,
        issuingBody: doc.issuingBody,
        legalStatus: doc.legalStatus,
        effectiveOn: doc.effectiveOn ?? null,
        preamble: doc.preamble ?? null,
        area: doc.area ?? null,
        chapters: (doc.chapters ?? []).map((chapter) => ({
          number: chapter.number,
          title: chapter.title ?? null,
          articles: (chapter.articles ?? []).map((item) => ({ number: item.number, text: item.text })),
        })),
      }),
    }),
  }),
  areas: defineCollection({
    loader: payloadLoader('areas', {
      drafts: false,
      pick: (doc) => ({ id: doc.id, slug: doc.slug ?? String(doc.id), name: doc.name, kind: doc.kind, parent: doc.parent ?? null }),
    }),
  }),
  media: defineCollection({
    loader: payloadLoader('media', {
      drafts: false,
      pick: (doc) => ({ id: doc.id, filename: doc.filename, alt: doc.alt, width: doc.width ?? null, height: doc.height ?? null }),
    }),
  }),
  settings: defineCollection({ loader: settingsLoader }),
}
