/** 用时 in 上线记录: "9.7 秒", not a count of milliseconds. */
import type { DefaultServerCellComponentProps } from 'payload'

import { readableDuration } from '../../contract/buildStages'

export function DurationCell({ cellData }: DefaultServerCellComponentProps) {
  return <span>{typeof cellData === 'number' ? readableDuration(cellData) : '—'}</span>
}
