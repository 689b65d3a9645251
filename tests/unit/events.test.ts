/** 活动 without a database: time the Chinese way, the codes as people type them, the sign-up window, the hours CSV. */
import { describe, expect, it } from 'vitest'

import { hoursCsv } from '../../cms/participation/events/hoursCsv.ts'
import { EVENT_SIGNUP, eventHours, eventTimeText, normalizeRotating, normalizeSignupCode, signupWindow } from '../../contract/events.ts'
import { NOTICE_VERSION } from '../../contract/participation.ts'

describe('events contract', () => {
  it('says an event’s time the Chinese way, in Beijing time', () => {
    expect(eventTimeText('2026-12-03T06:00:00.000Z', '2026-12-03T08:30:00.000Z')).toBe('2026年12月3日 星期四 14:00–16:30')
    expect(eventTimeText('2026-12-03T15:00:00.000Z', '2026-12-04T01:00:00.000Z')).toBe(
      '2026年12月3日 星期四 23:00 至 2026年12月4日 星期五 09:00',
    )
    expect(eventHours('2026-12-03T06:00:00.000Z', '2026-12-03T08:30:00.000Z')).toBe(2.5)
  })

  it('reads codes as a phone types them', () => {
    expect(normalizeRotating('１２３ ４５６')).toBe('123456')
    expect(normalizeRotating('一二三四五六')).toBeNull()
    expect(normalizeRotating('12345')).toBeNull()
    expect(normalizeSignupCode('7k3m-9q2f-xh4t')).toBe('7K3M9Q2FXH4T')
  })

  it('opens sign-up between its dates, closing at the start by default', () => {
    const now = new Date('2026-12-01T00:00:00Z')
    expect(signupWindow({ startsAt: '2026-12-03T06:00:00Z' }, now)).toBe('open')
    expect(signupWindow({ startsAt: '2026-12-03T06:00:00Z', signupOpensAt: '2026-12-02T00:00:00Z' }, now)).toBe('notYet')
    expect(signupWindow({ startsAt: '2026-11-30T06:00:00Z' }, now)).toBe('closed')
    expect(signupWindow({ startsAt: '2026-11-30T06:00:00Z', signupClosesAt: '2026-12-02T00:00:00Z' }, now)).toBe('open')
  })

  it('asks a volunteer for name and phone, and reads a full-width phone', () => {
    const base = { consent: NOTICE_VERSION, altcha: 'x' }
    const missing = EVENT_SIGNUP.safeParse({ ...base, volunteer: true })
    expect(missing.success).toBe(false)
    expect(missing.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['contactName', 'contactPhone'])
    const ok = EVENT_SIGNUP.parse({ ...base, volunteer: true, contactName: '赵志愿', contactPhone: '１３８-００１３-８０００' })
    expect(ok.contactPhone).toBe('13800138000')
    expect(EVENT_SIGNUP.safeParse({ ...base, contactPhone: '138001380001234' }).success).toBe(false)
  })
})

describe('volunteer hours CSV', () => {
  it('writes UTF-8 with a BOM, CRLF, Beijing dates and neutralised formulas', () => {
    const csv = hoursCsv({
      entries: [
        {
          name: '=HYPERLINK("x")',
          phone: '13800138000',
          team: '涧河志愿服务队',
          event: '文明微讲堂, 垃圾分类',
          kind: '讲座',
          place: '涧河新时代文明实践园',
          startsAt: '2026-12-03T06:00:00.000Z',
          endsAt: '2026-12-03T08:30:00.000Z',
          hours: 2.5,
          reference: 'HD20261203-K3M9',
        },
      ],
      people: [],
      teams: [],
    })
    expect(csv.startsWith('\uFEFF姓名,手机号,')).toBe(true)
    const [, row] = csv.slice(1).split('\r\n')
    expect(row).toBe(
      `"'=HYPERLINK(""x"")",13800138000,涧河志愿服务队,"文明微讲堂, 垃圾分类",讲座,涧河新时代文明实践园,2026-12-03,14:00,16:30,2.5,HD20261203-K3M9`,
    )
  })
})
