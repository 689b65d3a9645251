/** 用时 on a 上线记录 entry, read as "9.7 秒" (the number stays in milliseconds for the API). */
import { FieldLabel } from '@payloadcms/ui'
import type { FieldServerComponent } from 'payload'

import { readableDuration } from '../../contract/buildStages'

export const DurationField: FieldServerComponent = ({ formState, path }) => {
  const ms = formState?.[String(path)]?.value
  return (
    <div className="field-type build-duration" style={{ marginBottom: '1.5rem' }}>
      <FieldLabel label="用时" />
      <p style={{ margin: 0 }}>{typeof ms === 'number' ? readableDuration(ms) : '—（尚未完成）'}</p>
    </div>
  )
}
