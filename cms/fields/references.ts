import type { Field } from 'payload'
import { type LexicalNode, lexicalNodes, lexicalRoot } from '../../contract/lexical'
import { layoutFields } from './walk'

/** Ids of documents the data points at, by collection: relationship and upload fields and rich text. */
export function references(fields: Field[], data: Record<string, unknown>, found: Map<string, Set<number>>): void {
  const add = (collection: string, value: unknown) => {
    const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
    if (typeof id === 'number') found.set(collection, (found.get(collection) ?? new Set()).add(id))
  }
  const walkLexical = (root: LexicalNode | null) => {
    for (const node of root ? lexicalNodes(root) : []) {
      if ((node.type === 'relationship' || node.type === 'upload') && typeof node.relationTo === 'string') add(node.relationTo, node.value)
    }
  }
  for (const field of fields) {
    const nested = layoutFields(field)
    if (nested) {
      references(nested, data, found)
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
    if (field.type === 'richText' && value) walkLexical(lexicalRoot(value))
    if (field.type === 'group' && value && typeof value === 'object') references(field.fields, value as Record<string, unknown>, found)
    if (field.type === 'array' && Array.isArray(value))
      for (const row of value) references(field.fields, row as Record<string, unknown>, found)
  }
}
