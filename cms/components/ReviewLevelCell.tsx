/** 审核级别 in the users list by name: 初审, 复审 or 终审. */
import type { DefaultServerCellComponentProps } from 'payload'

import { levelLabel } from '../workflow/states'

export function ReviewLevelCell({ cellData }: DefaultServerCellComponentProps) {
  return <span>{typeof cellData === 'number' ? levelLabel(cellData) : '—'}</span>
}
