/**
 * 居民参与设置: the reply time limit in working days and the office's calendar of holidays
 * and 调休 working weekends, as an administrator types them (read by contract/workdays.ts,
 * which reports each line it cannot read).
 */
import type { GlobalConfig } from 'payload'

import { parseDayList } from '../../contract/workdays'
import { admin } from '../access/admin'
import { staff } from '../access/staff'

export const DEFAULT_REPLY_DAYS = 5

const dayList = (value: unknown): true | string => {
  const { errors } = parseDayList(String(value ?? ''))
  return errors.length === 0 ? true : errors.join('；')
}

export const ParticipationSettings: GlobalConfig = {
  slug: 'participation-settings',
  label: '居民参与设置',
  access: { read: staff, update: admin },
  admin: { group: '居民参与' },
  fields: [
    {
      name: 'replyDays',
      label: '留言答复时限（工作日）',
      type: 'number',
      required: true,
      defaultValue: DEFAULT_REPLY_DAYS,
      min: 1,
      max: 60,
      validate: (value: unknown) => (Number.isInteger(value) ? true : '请填写 1 到 60 之间的整数'),
      admin: { description: '从受理次日起算的工作日数；周末、节假日不算，调休上班日算。' },
    },
    {
      name: 'holidays',
      label: '法定节假日',
      type: 'textarea',
      validate: dayList,
      admin: {
        description: '每行一个日期或一段日期，例如“2026-10-01至2026-10-07”或“2026年10月1日至7日”；# 后面是备注。',
        rows: 8,
      },
    },
    {
      name: 'workdays',
      label: '调休上班日',
      type: 'textarea',
      validate: dayList,
      admin: { description: '需要上班的周六、周日，例如“2026-09-27”。', rows: 4 },
    },
  ],
}
