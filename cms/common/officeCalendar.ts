/**
 * The office's working days: weekends off, and the 法定节假日 and 调休上班日 an administrator
 * keeps in 居民参与设置 — one calendar for reply deadlines, their reminders and how long work
 * has waited for review. Lines that cannot be read were refused when saved.
 */
import type { Payload, PayloadRequest } from 'payload'

import { calendarFrom, type WorkCalendar } from '../../contract/workdays'

export async function officeCalendar(
  payload: Payload,
  req?: PayloadRequest,
): Promise<{ calendar: WorkCalendar; replyDays: number | null }> {
  const settings = await payload.findGlobal({ slug: 'participation-settings', req, overrideAccess: true, depth: 0 })
  return { calendar: calendarFrom(settings.holidays ?? '', settings.workdays ?? '').calendar, replyDays: settings.replyDays ?? null }
}
