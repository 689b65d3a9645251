/**
 * 本人同意: a 人物 made from a resident's nomination names someone who did not ask to be
 * published. The draft keeps which nomination it came from and whether the person agreed
 * (staff only, never public); review refuses to go on until consent is recorded.
 */
import type { Field } from 'payload'

import { nobody, staffField } from '../access/staffField'

export const CONSENT_KINDS = [
  { value: 'none', label: '尚未取得' },
  { value: 'verbal', label: '本人口头同意' },
  { value: 'written', label: '本人书面同意' },
] as const

/** A nominated person's draft; the consent field stays once set, even after the nomination itself is purged. */
const fromNomination = (data: Partial<Record<string, unknown>> | undefined) => data?.nomination != null || data?.subjectConsent != null

export const nominationFields = (): Field[] => [
  {
    name: 'nomination',
    label: '来自居民推荐',
    type: 'relationship',
    relationTo: 'nominations',
    maxDepth: 0,
    access: { read: staffField, create: nobody, update: nobody },
    admin: { position: 'sidebar', readOnly: true, condition: fromNomination },
  },
  {
    name: 'subjectConsent',
    label: '本人同意',
    type: 'select',
    options: CONSENT_KINDS.map(({ value, label }) => ({ value, label })),
    access: { read: staffField, update: staffField },
    admin: {
      position: 'sidebar',
      condition: fromNomination,
      description: '这位人物来自居民推荐：发布前须征得本人同意，并在这里记录（书面同意请存档）。',
    },
  },
  {
    name: 'subjectConsentNote',
    label: '同意的记录',
    type: 'text',
    maxLength: 200,
    access: { read: staffField, update: staffField },
    admin: { position: 'sidebar', condition: fromNomination, description: '何时、由谁、以何种方式取得同意。' },
  },
]

/** What review says when a nominated person's consent is not recorded. */
export function consentFailures(collection: string, data: Record<string, unknown>): { path: string; message: string }[] {
  if (collection !== 'figures' || (data.nomination == null && data.subjectConsent == null)) return []
  if (data.subjectConsent === 'verbal' || data.subjectConsent === 'written') return []
  return [{ path: 'subjectConsent', message: '这位人物来自居民推荐：提交审核和发布前，须征得本人同意，并在“本人同意”中记录。' }]
}
