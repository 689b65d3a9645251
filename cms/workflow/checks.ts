/**
 * The checks a document must pass before it is submitted and again before it is published:
 * 错敏字, residents' personal data, image alt text, and references to published items only.
 * Each failure names the field (by its Chinese label) and the offending text.
 */
import type { CollectionSlug, Payload } from 'payload'
import type { Media } from '../../contract/payload-types'
import { configLabel } from '../common/documentTitle'
import { references } from '../fields/references'
import { loadAllowList } from '../privacy/allowList'
import { findPrivateData, maskPrivateData, PRIVACY_LABELS } from '../privacy/detector'
import { consentFailures } from './consent'
import { mediaSpots, type TextSpot, textSpots } from './textSpots'

export interface CheckFailure {
  path: string
  message: string
}

const REFERENCED = new Set(['figures', 'streets', 'places', 'articles', 'regulations'])

interface Entry {
  wrong: string
  right?: string | null
  kind: string
}

type Image = Pick<Media, 'id' | 'alt' | 'caption' | 'credit' | 'filename'>

async function referencedMedia(payload: Payload, ids: Set<number> | undefined): Promise<Image[]> {
  if (!ids?.size) return []
  const media = await payload.find({ collection: 'media', where: { id: { in: [...ids] } }, depth: 0, limit: ids.size, pagination: false })
  return media.docs
}

async function wordingFailures(payload: Payload, spots: TextSpot[]): Promise<CheckFailure[]> {
  const words = await payload.findGlobal({ slug: 'sensitive-words', depth: 0 })
  const failures: CheckFailure[] = []
  for (const entry of (words.entries ?? []) as Entry[]) {
    for (const spot of spots) {
      if (!entry.wrong || !spot.text.includes(entry.wrong)) continue
      failures.push({
        path: spot.path,
        message: entry.right
          ? `“${spot.label}”中的“${entry.wrong}”是错误写法，应为“${entry.right}”。`
          : `“${spot.label}”中含有${entry.kind === 'sensitive' ? '敏感表述' : '禁用词'}“${entry.wrong}”，请修改。`,
      })
    }
  }
  return failures
}

/** Residents' phone numbers, ID numbers and door-level addresses in the spots, minus what the allow-list clears. */
export const privacyFindings = (spots: TextSpot[], allowed: ReadonlySet<string>) =>
  spots.flatMap((spot) => findPrivateData(spot.text, { allowed }).map((finding) => ({ spot, finding })))

const privacyFailures = (spots: TextSpot[], allowed: ReadonlySet<string>): CheckFailure[] =>
  privacyFindings(spots, allowed).map(({ spot, finding }) => ({
    path: spot.path,
    message: `“${spot.label}”中有居民的${PRIVACY_LABELS[finding.kind]}“${finding.text}”，不能公开发布。可删除，或提交时选择打码（例如 ${maskPrivateData(finding.text)}）；单位的公开电话可请管理员加入隐私白名单。`,
  }))

const altTextFailures = (images: Image[]): CheckFailure[] =>
  images
    .filter((image) => !image.alt?.trim())
    .map((image) => ({ path: 'media', message: `图片“${image.filename}”缺少替代文字，请在媒体库中补充。` }))

async function unpublishedReferences(payload: Payload, found: Map<string, Set<number>>): Promise<CheckFailure[]> {
  const failures: CheckFailure[] = []
  for (const [target, ids] of found) {
    if (!REFERENCED.has(target)) continue
    const published = await payload.find({
      collection: target as CollectionSlug,
      where: { and: [{ id: { in: [...ids] } }, { _status: { equals: 'published' } }] },
      depth: 0,
      limit: ids.size,
      pagination: false,
    })
    const live = new Set(published.docs.map((doc) => doc.id as number))
    const label = configLabel(payload.collections[target as CollectionSlug].config)
    for (const id of ids) {
      if (live.has(id)) continue
      failures.push({
        path: target,
        message: `引用的${label}（编号 ${id}）尚未发布，请先发布它或删除引用。`,
      })
    }
  }
  return failures
}

/** Every public text of a document with its images' alt, caption, credit and file name. */
export async function publicSpots(
  payload: Payload,
  collection: CollectionSlug,
  data: Record<string, unknown>,
): Promise<{ spots: TextSpot[]; images: Image[]; found: Map<string, Set<number>> }> {
  const fields = payload.collections[collection].config.fields
  const found = new Map<string, Set<number>>()
  references(fields, data, found)
  const images = await referencedMedia(payload, found.get('media'))
  return { spots: [...textSpots(fields, data), ...images.flatMap(mediaSpots)], images, found }
}

export async function runChecks(payload: Payload, collection: CollectionSlug, data: Record<string, unknown>): Promise<CheckFailure[]> {
  const { spots, images, found } = await publicSpots(payload, collection, data)
  return [
    ...(await wordingFailures(payload, spots)),
    ...privacyFailures(spots, await loadAllowList(payload)),
    ...altTextFailures(images),
    ...(await unpublishedReferences(payload, found)),
    ...consentFailures(collection, data),
  ]
}

/** The document with every mobile number, ID number and door-level address masked. */
export function maskDocument<T>(value: T): T {
  if (typeof value === 'string') return maskPrivateData(value) as T
  if (Array.isArray(value)) return value.map((item) => maskDocument(item)) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, key === 'review' ? item : maskDocument(item)])) as T
  }
  return value
}

/** 错敏字 in one piece of public text a resident wrote (a rating's comment), named by its label. */
export function wordingFailuresIn(payload: Payload, path: string, label: string, text: string): Promise<CheckFailure[]> {
  return wordingFailures(payload, [{ path, label, text }])
}
