/**
 * The checks a document must pass before it is submitted and again before it is published:
 * 错敏字, residents' personal data, image alt text, and references to published items only.
 * Each failure names the field (by its Chinese label) and the offending text.
 */
import type { CollectionSlug, Field, Payload } from 'payload'

import { findPrivateData, maskPrivateData } from './privacy'

export interface CheckFailure {
  path: string
  message: string
}

interface Entry {
  wrong: string
  right?: string | null
  kind: string
}

interface TextSpot {
  path: string
  label: string
  text: string
}

const PRIVACY_LABELS = { mobile: '手机号码', 'id-number': '身份证号码', address: '精确到门牌的住址' }
const REFERENCED = new Set(['figures', 'streets', 'places', 'articles', 'regulations'])

function labelOf(field: Field, fallback: string): string {
  return 'label' in field && typeof field.label === 'string' ? field.label : fallback
}

interface LexicalNode {
  type?: string
  text?: unknown
  children?: LexicalNode[]
}

const textOf = (node: LexicalNode): string =>
  node.type === 'text' && typeof node.text === 'string' ? node.text : (node.children ?? []).map(textOf).join('')

/** Text of a Lexical editor state, one string per block. */
function lexicalTexts(state: unknown): string[] {
  const root = (state as { root?: LexicalNode } | null)?.root
  return (root?.children ?? []).map(textOf)
}

/** Every piece of text the document shows, with the field it lives in. */
function textSpots(fields: Field[], data: Record<string, unknown>, prefix = '', labelPrefix = ''): TextSpot[] {
  const spots: TextSpot[] = []
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      spots.push(...textSpots(field.fields, data, prefix, labelPrefix))
      continue
    }
    // Array rows carry a generated id (24 hex digits): not text anyone wrote, and its digit
    // runs could look like a phone number.
    if (!('name' in field) || ['review', 'slug', 'sourceText', 'id'].includes(field.name)) continue
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    const label = `${labelPrefix}${labelOf(field, field.name)}`
    if ((field.type === 'text' || field.type === 'textarea') && typeof value === 'string') spots.push({ path, label, text: value })
    if (field.type === 'richText') for (const text of lexicalTexts(value)) spots.push({ path, label, text })
    if (field.type === 'group' && value && typeof value === 'object') {
      spots.push(...textSpots(field.fields, value as Record<string, unknown>, `${path}.`, `${label} › `))
    }
    if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, index) => {
        spots.push(...textSpots(field.fields, row as Record<string, unknown>, `${path}.${index}.`, `${label}第${index + 1}项 › `))
      })
    }
  }
  return spots
}

/** Ids of documents the data points at, by collection: relationship and upload fields and rich text. */
function references(fields: Field[], data: Record<string, unknown>, found: Map<string, Set<number>>): void {
  const add = (collection: string, value: unknown) => {
    const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
    if (typeof id === 'number') found.set(collection, (found.get(collection) ?? new Set()).add(id))
  }
  const walkLexical = (node: { type?: string; relationTo?: string; value?: unknown; children?: unknown[] }) => {
    if ((node.type === 'relationship' || node.type === 'upload') && node.relationTo) add(node.relationTo, node.value)
    for (const child of node.children ?? []) walkLexical(child as typeof node)
  }
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      references(field.fields, data, found)
      continue
    }
    if (!('name' in field) || field.name === 'review') continue
    const value = data[field.name]
    if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
      for (const item of Array.isArray(value) ? value : [value]) add(field.relationTo, item)
    }
    // Polymorphic: { relationTo, value } per item.
    if (field.type === 'relationship' && Array.isArray(field.relationTo)) {
      for (const item of Array.isArray(value) ? value : [value]) {
        const target = item as { relationTo?: unknown; value?: unknown } | null
        if (target && typeof target.relationTo === 'string') add(target.relationTo, target.value)
      }
    }
    if (field.type === 'richText' && value) walkLexical((value as { root: { children?: unknown[] } }).root)
    if (field.type === 'group' && value && typeof value === 'object') references(field.fields, value as Record<string, unknown>, found)
    if (field.type === 'array' && Array.isArray(value))
      for (const row of value) references(field.fields, row as Record<string, unknown>, found)
  }
}

export async function runChecks(payload: Payload, collection: CollectionSlug, data: Record<string, unknown>): Promise<CheckFailure[]> {
  const fields = payload.collections[collection].config.fields
  const failures: CheckFailure[] = []
  const spots = textSpots(fields, data)

  const words = await payload.findGlobal({ slug: 'sensitive-words', depth: 0 })
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

  for (const spot of spots) {
    for (const finding of findPrivateData(spot.text)) {
      failures.push({
        path: spot.path,
        message: `“${spot.label}”中有居民的${PRIVACY_LABELS[finding.kind]}“${finding.text}”，不能公开发布。可删除，或提交时选择打码（例如 ${maskPrivateData(finding.text)}）。`,
      })
    }
  }

  const found = new Map<string, Set<number>>()
  references(fields, data, found)
  for (const [target, ids] of found) {
    if (target === 'media') {
      const media = await payload.find({
        collection: 'media',
        where: { id: { in: [...ids] } },
        depth: 0,
        limit: ids.size,
        pagination: false,
      })
      for (const image of media.docs) {
        if (!image.alt?.trim()) failures.push({ path: 'media', message: `图片“${image.filename}”缺少替代文字，请在媒体库中补充。` })
      }
      continue
    }
    if (!REFERENCED.has(target)) continue
    const published = await payload.find({
      collection: target as CollectionSlug,
      where: { and: [{ id: { in: [...ids] } }, { _status: { equals: 'published' } }] },
      depth: 0,
      limit: ids.size,
      pagination: false,
    })
    const live = new Set(published.docs.map((doc) => doc.id as number))
    for (const id of ids) {
      if (!live.has(id)) {
        const label = payload.collections[target as CollectionSlug].config.labels.singular
        failures.push({
          path: target,
          message: `引用的${typeof label === 'string' ? label : target}（编号 ${id}）尚未发布，请先发布它或删除引用。`,
        })
      }
    }
  }
  return failures
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
