/** 各阶段用时 in 上线记录 as a readable line (it was a JSON editor that loaded Monaco from a CDN). */
import { FieldLabel } from '@payloadcms/ui'
import type { FieldServerComponent } from 'payload'

import { readableDuration, stageName } from '../../contract/buildStages'

export const BuildStagesField: FieldServerComponent = ({ formState, path }) => {
  const stages = (formState?.[String(path)]?.value ?? {}) as Record<string, number>
  const entries = Object.entries(stages).filter(([, ms]) => typeof ms === 'number')
  return (
    <div className="field-type build-stages" style={{ marginBottom: '1.5rem' }}>
      <FieldLabel label="各阶段用时" />
      {entries.length === 0 ? (
        <p>—</p>
      ) : (
        <ul style={{ margin: 0, paddingLeft: '1.2rem' }}>
          {entries.map(([key, ms]) => (
            <li key={key}>
              {stageName(key)}：{readableDuration(ms)}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
