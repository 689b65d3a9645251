/**
 * Every piece of text a document shows the public, with the field it lives in: text and
 * textarea fields, slugs and old slugs, rich text (its words and its link addresses, tel:
 * included), inside groups, rows, tabs and arrays (handbook headings, regulation articles
 * and 温馨提示语) and blocks (a survey's questions). The pre-publish checks and the re-scan of live content read the same list.
 */
import type { Field } from 'payload'
import { childNodes, type LexicalNode, lexicalNodes, lexicalRoot, lexicalText } from '../../contract/lexical'
import { layoutFields } from '../fields/walk'

export interface TextSpot {
  path: string
  label: string
  text: string
}

/** Fields never shown to the public (hidden by field access) or not written by anyone. */
const NOT_PUBLIC = new Set(['review', 'id', 'sourceText', 'firstPublishedAt'])

function labelOf(field: Field, fallback: string): string {
  return 'label' in field && typeof field.label === 'string' ? field.label : fallback
}

function linkAddresses(root: LexicalNode): string[] {
  const found: string[] = []
  for (const node of lexicalNodes(root)) {
    if (typeof node.fields?.url === 'string' && node.fields.url !== '') found.push(node.fields.url)
    if (typeof node.url === 'string' && node.url !== '') found.push(node.url)
  }
  return found
}

/** One spot per block of rich text, and one per link address. */
function richTextSpots(state: unknown, path: string, label: string): TextSpot[] {
  const root = lexicalRoot(state)
  if (!root) return []
  const blocks = childNodes(root).map((block) => ({ path, label, text: lexicalText(block) }))
  const links = linkAddresses(root).map((url) => ({ path, label: `${label} › 链接地址`, text: url }))
  return [...blocks, ...links]
}

export function textSpots(fields: Field[], data: Record<string, unknown>, prefix = '', labelPrefix = ''): TextSpot[] {
  const spots: TextSpot[] = []
  for (const field of fields) {
    const nested = layoutFields(field)
    if (nested) {
      spots.push(...textSpots(nested, data, prefix, labelPrefix))
      continue
    }
    if (!('name' in field) || NOT_PUBLIC.has(field.name)) continue
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    const label = `${labelPrefix}${labelOf(field, field.name)}`
    if (['text', 'textarea', 'email', 'code'].includes(field.type) && typeof value === 'string') spots.push({ path, label, text: value })
    if (field.type === 'richText') spots.push(...richTextSpots(value, path, label))
    if (field.type === 'group' && value && typeof value === 'object') {
      spots.push(...textSpots(field.fields, value as Record<string, unknown>, `${path}.`, `${label} › `))
    }
    // Array rows carry a generated id (24 hex digits): not text anyone wrote, and skipped above.
    if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, index) => {
        spots.push(...textSpots(field.fields, row as Record<string, unknown>, `${path}.${index}.`, `${label}第${index + 1}项 › `))
      })
    }
    // Each block by its own fields (a survey's questions); its type name is not text anyone wrote.
    if (field.type === 'blocks' && Array.isArray(value)) {
      value.forEach((row: Record<string, unknown>, index) => {
        const block = field.blocks.find((candidate) => candidate.slug === row?.blockType)
        if (block) spots.push(...textSpots(block.fields, row, `${path}.${index}.`, `${label}第${index + 1}项 › `))
      })
    }
  }
  return spots
}

/** What an image shows the public besides its pixels. */
export function mediaSpots(image: {
  alt?: string | null
  caption?: string | null
  credit?: string | null
  filename?: string | null
}): TextSpot[] {
  const name = image.filename ?? ''
  const spots: TextSpot[] = []
  if (image.alt) spots.push({ path: 'media', label: `图片“${name}”的替代文字`, text: image.alt })
  if (image.caption) spots.push({ path: 'media', label: `图片“${name}”的说明`, text: image.caption })
  if (image.credit) spots.push({ path: 'media', label: `图片“${name}”的来源`, text: image.credit })
  if (name) spots.push({ path: 'media', label: '图片文件名', text: name })
  return spots
}
