import type { DateField } from 'payload'

/**
 * A date and time an editor picks, read as 北京时间 whatever the clock of the computer or
 * phone it is picked on (a laptop set to UTC would otherwise shift a 09:00 opening by eight
 * hours). Stored in UTC as every date is; the picker shows and takes Beijing time.
 */
export const BEIJING_TIME: NonNullable<DateField['timezone']> = {
  defaultTimezone: 'Asia/Shanghai',
  supportedTimezones: [{ label: '北京时间', value: 'Asia/Shanghai' }],
}

/** A required or optional 北京时间 date-and-time field. */
export function beijingDateTime(name: string, label: string, extra: Partial<DateField> = {}): DateField {
  return {
    name,
    label,
    type: 'date',
    timezone: BEIJING_TIME,
    ...extra,
    admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' }, ...extra.admin },
  }
}
