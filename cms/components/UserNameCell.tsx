/** A list cell with a staff member's name (作者), whoever is looking. */
import type { DefaultServerCellComponentProps } from 'payload'

import { userName } from '../admin/userNames'

export async function UserNameCell({ cellData, payload }: DefaultServerCellComponentProps) {
  return <span>{(await userName(payload, cellData)) || '—'}</span>
}
