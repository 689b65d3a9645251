/**
 * The privacy detector over every sentence of the demo content (the source article's
 * people, streets, places, regulations and articles): its false-positive rate there,
 * printed and held at zero, since the demo is real writing about real streets.
 */
import { describe, expect, it } from 'vitest'

import { findPrivateData } from '../../cms/privacy/detector.ts'
import { demoAreas } from '../../cms/seed/areas.ts'
import { demoArticles } from '../../cms/seed/articles.ts'
import { demoFigures } from '../../cms/seed/figures.ts'
import { demoHandbook } from '../../cms/seed/handbooks.ts'
import { demoPlaces, demoStreets } from '../../cms/seed/places.ts'
import { demoConvention, demoRegulations, demoReminders } from '../../cms/seed/regulations.ts'

/** Every string in a value, rich text included, split into sentences. */
function sentences(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/(?<=[。！？；\n])/).filter((part) => part.trim() !== '')
  if (Array.isArray(value)) return value.flatMap(sentences)
  if (value && typeof value === 'object') return Object.values(value).flatMap(sentences)
  return []
}

describe('the demo content', () => {
  it('has no false positives', () => {
    const all = sentences([
      demoAreas,
      demoArticles,
      demoFigures,
      demoHandbook,
      demoPlaces,
      demoStreets,
      demoConvention,
      demoRegulations,
      demoReminders,
    ])
    expect(all.length).toBeGreaterThan(100)
    const flagged = all.filter((sentence) => findPrivateData(sentence).length > 0)
    console.log(`示例内容误报率：${flagged.length} / ${all.length}（${((100 * flagged.length) / all.length).toFixed(1)}%）`)
    expect(flagged).toEqual([])
  })
})
