'use client'
/**
 * 审核级别 chosen by name (初审 / 复审 / 终审) rather than typed as 1–3. The stored value
 * stays the level's number, which the workflow compares.
 */
import { SelectInput, useField } from '@payloadcms/ui'
import type { NumberFieldClientComponent } from 'payload'

import { REVIEW_LEVEL_LABELS } from '../workflow/states'

const OPTIONS = REVIEW_LEVEL_LABELS.map((label, index) => ({ label, value: String(index + 1) }))

export const ReviewLevelField: NumberFieldClientComponent = ({ field, path, readOnly }) => {
  const { value, setValue, showError, errorMessage } = useField<number | null>({ path })
  return (
    <div className="field-type review-level-field">
      <SelectInput
        name={field.name}
        path={path}
        label={field.label as string}
        options={OPTIONS}
        value={value == null ? undefined : String(value)}
        onChange={(option) => {
          const chosen = Array.isArray(option) ? option[0] : option
          setValue(chosen?.value ? Number(chosen.value) : null)
        }}
        readOnly={readOnly}
        required
        showError={showError}
        Error={showError ? <div className="field-error">{errorMessage}</div> : undefined}
        isClearable={false}
      />
    </div>
  )
}
