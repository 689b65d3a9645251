/**
 * Date fields in the admin read and pick as people here write them: `2026-11-29 22:13`,
 * a 24-hour clock in 15-minute steps, 时间 over the time column. A time someone picks
 * (定时发布, 定时下线…) is picked in Beijing time whatever the browser's zone: Payload's
 * per-field time zone, with Beijing the only one. (Dates shown elsewhere: Beijing time
 * too, see the @payloadcms/ui patch in cms/patches.)
 */
import type { CollectionConfig, Field, GlobalConfig } from 'payload'

import { TIME_ZONE } from '../../contract/time'

export const ADMIN_DATE_FORMAT = 'yyyy-MM-dd HH:mm'

const PICKERS = {
  dayAndTime: { pickerAppearance: 'dayAndTime', displayFormat: ADMIN_DATE_FORMAT, timeFormat: 'HH:mm', timeIntervals: 15 },
  dayOnly: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
} as const

/** Beijing time, the only zone: for the admin as a whole and for each time someone picks. */
export const BEIJING_TIME = { defaultTimezone: TIME_ZONE, supportedTimezones: [{ label: '北京时间', value: TIME_ZONE }] }
/** The times people pick: 定时发布, 定时下线, and the publication time an administrator backdates. The rest the system writes. */
const PICKED_TIMES = new Set(['publishAt', 'unpublishAt', 'publishedAt'])

function chineseDate(field: Field): Field {
  if (field.type === 'date') {
    const appearance = field.admin?.date?.pickerAppearance === 'dayOnly' ? 'dayOnly' : 'dayAndTime'
    const date = { ...field.admin?.date, ...PICKERS[appearance], overrides: { timeCaption: '时间', ...field.admin?.date?.overrides } }
    const picked = appearance === 'dayAndTime' && PICKED_TIMES.has(field.name)
    return { ...field, ...(picked ? { timezone: BEIJING_TIME } : {}), admin: { ...field.admin, date } } as Field
  }
  if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: field.fields.map(chineseDate) } as Field
  if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(chineseDate) })) }
  if (field.type === 'blocks')
    return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: block.fields.map(chineseDate) })) }
  return field
}

/** Every date field of these collections or globals with the Chinese picker. */
export function withChineseDates<T extends CollectionConfig | GlobalConfig>(configs: T[]): T[] {
  return configs.map((config) => ({ ...config, fields: config.fields.map(chineseDate) }))
}
