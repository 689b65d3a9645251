/** A read-only field with a staff member's name (作者), whoever is looking. */
import { FieldLabel } from '@payloadcms/ui'
import type { FieldServerComponent } from 'payload'

import { userName } from '../admin/userNames'

export const UserNameField: FieldServerComponent = async ({ field, formState, path, payload }) => {
  const value = formState?.[String(path)]?.value as number | string | null | undefined
  const label = 'label' in field && typeof field.label === 'string' ? field.label : ''
  return (
    <div className="field-type user-name-field" style={{ marginBottom: '1rem' }}>
      <FieldLabel label={label} />
      <div>{(await userName(payload, value)) || '—'}</div>
    </div>
  )
}
