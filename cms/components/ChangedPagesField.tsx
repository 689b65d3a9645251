/**
 * 更新的页面 in 上线记录: each regenerated file as a link to where residents see it (it was
 * a JSON editor that loaded Monaco from a CDN).
 */
import { FieldLabel } from '@payloadcms/ui'
import type { FieldServerComponent } from 'payload'

import { config } from '../../contract/config'
import { pageAddress, pageKind } from '../publish/changedPages'

export const ChangedPagesField: FieldServerComponent = ({ formState, path }) => {
  const files = (formState?.[String(path)]?.value ?? []) as string[]
  const origin = config().siteOrigin
  return (
    <div className="field-type changed-pages" style={{ marginBottom: '1.5rem' }}>
      <FieldLabel label={`更新的页面和文件（${files.length} 个${files.length >= 200 ? '，最多列出 200 个' : ''}）`} />
      {files.length === 0 ? (
        <p>没有页面需要更新。</p>
      ) : (
        <ul style={{ margin: 0, paddingLeft: '1.2rem' }}>
          {files.map((file) => (
            <li key={file}>
              {pageKind(file)}{' '}
              <a href={`${origin}${pageAddress(file)}`} target="_blank" rel="noopener noreferrer">
                {pageAddress(file)}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
