import type { RelationshipField } from 'payload'

/** The area (街道/镇/社区/片区/小区) an item belongs to: every item has one. */
export function areaField(overrides: { name?: string; label?: string; required?: boolean } = {}): RelationshipField {
  return {
    name: overrides.name ?? 'area',
    label: overrides.label ?? '所属区域',
    type: 'relationship',
    relationTo: 'areas',
    required: overrides.required ?? true,
    index: true,
    admin: { position: 'sidebar' },
  }
}
