/**
 * Walking a field tree. Rows, collapsibles and unnamed tabs only arrange fields: their
 * children keep the parent's data. A named tab keeps its data under its name, like a group.
 */
import type { Field } from 'payload'

/** The fields a layout-only field arranges (a named tab becomes a group), or null for a data field. */
export function layoutFields(field: Field): Field[] | null {
  if (field.type === 'row' || field.type === 'collapsible') return field.fields
  if (field.type === 'tabs')
    return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [{ ...tab, type: 'group' } as Field] : tab.fields))
  return null
}

/** Every field directly inside this one, whatever holds its data. */
function childFields(field: Field): Field[] {
  if ('fields' in field) return field.fields
  if (field.type === 'tabs') return field.tabs.flatMap((tab) => tab.fields)
  if (field.type === 'blocks') return field.blocks.flatMap((block) => block.fields)
  return []
}

/** Whether any field in the tree, at any depth, passes the test. */
export const someField = (fields: Field[], test: (field: Field) => boolean): boolean =>
  fields.some((field) => test(field) || someField(childFields(field), test))
