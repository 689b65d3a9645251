/**
 * 工作日 (contract/workdays.ts): reply deadlines for 留言 and 咨询 in Chinese working days on
 * Beijing dates, and the holiday lists as an administrator types them.
 */
import { describe, expect, it } from 'vitest'

import {
  beijingDay,
  calendarFrom,
  deadline,
  isWorkingDay,
  parseDayList,
  type WorkCalendar,
  workingDaysLeft,
} from '../../contract/workdays.ts'

const NONE: WorkCalendar = { holidays: new Set(), workdays: new Set() }

const range = (from: string, to: string): string[] => {
  const days: string[] = []
  for (let day = new Date(`${from}T00:00:00Z`); day <= new Date(`${to}T00:00:00Z`); day.setUTCDate(day.getUTCDate() + 1)) {
    days.push(day.toISOString().slice(0, 10))
  }
  return days
}

/** Made up but plausible: 国庆 2026-10-01..07, made up for by Sunday 09-27 and Saturday 10-10; 元旦 2027-01-01. */
const NATIONAL_DAY: WorkCalendar = {
  holidays: new Set([...range('2026-10-01', '2026-10-07'), '2027-01-01']),
  workdays: new Set(['2026-09-27', '2026-10-10']),
}

/** An instant given as Beijing wall time. */
const beijing = (wallTime: string): Date => new Date(`${wallTime}+08:00`)

describe('working days', () => {
  it('are Monday to Friday, less holidays, plus 调休 weekend days', () => {
    expect(range('2026-11-23', '2026-11-29').map((day) => isWorkingDay(day, NONE))).toEqual([true, true, true, true, true, false, false])
    expect(isWorkingDay('2026-10-01', NATIONAL_DAY)).toBe(false) // Thursday, 国庆
    expect(isWorkingDay('2026-10-03', NATIONAL_DAY)).toBe(false) // Saturday inside the holiday
    expect(isWorkingDay('2026-09-27', NATIONAL_DAY)).toBe(true) // Sunday, 调休
    expect(isWorkingDay('2026-10-10', NATIONAL_DAY)).toBe(true) // Saturday, 调休
    expect(isWorkingDay('2026-10-11', NATIONAL_DAY)).toBe(false)
  })

  it('refuse a day that is not a YYYY-MM-DD date', () => {
    expect(() => isWorkingDay('2026-02-30', NONE)).toThrow(RangeError)
    expect(() => isWorkingDay('2026/10/01', NONE)).toThrow(RangeError)
  })
})

describe('the reply deadline', () => {
  it('counts working days after the day of receipt, which never counts', () => {
    expect(deadline(beijing('2026-11-23T09:00'), 5, NONE)).toBe('2026-11-30') // Monday → next Monday
    expect(deadline(beijing('2026-11-23T09:00'), 1, NONE)).toBe('2026-11-24')
    expect(deadline(beijing('2026-11-27T09:00'), 5, NONE)).toBe('2026-12-04') // Friday → next Friday
    expect(deadline(beijing('2026-11-27T09:00'), 1, NONE)).toBe('2026-11-30') // Friday → Monday
    expect(deadline(beijing('2026-11-23T09:00'), 10, NONE)).toBe('2026-12-07')
    expect(deadline(beijing('2026-11-23T09:00'), 0, NONE)).toBe('2026-11-23')
  })

  it('starts counting on the next working day for a message received on a day off', () => {
    expect(deadline(beijing('2026-11-28T10:00'), 5, NONE)).toBe('2026-12-04') // Saturday
    expect(deadline(beijing('2026-11-29T10:00'), 5, NONE)).toBe('2026-12-04') // Sunday
    expect(deadline(beijing('2026-10-03T10:00'), 1, NATIONAL_DAY)).toBe('2026-10-08') // inside 国庆
  })

  it('takes the Beijing date of receipt, not the UTC one', () => {
    const fridayNight = new Date('2026-11-27T15:30:00Z') // Friday 23:30 in Beijing
    const saturdayMorning = new Date('2026-11-27T16:30:00Z') // Saturday 00:30 in Beijing, still Friday in UTC
    expect(beijingDay(fridayNight)).toBe('2026-11-27')
    expect(beijingDay(saturdayMorning)).toBe('2026-11-28')
    // Without 调休 both start counting on Monday.
    expect(deadline(fridayNight, 5, NONE)).toBe('2026-12-04')
    expect(deadline(saturdayMorning, 5, NONE)).toBe('2026-12-04')
    // Before a 调休 Saturday, Friday night's message has that Saturday as its first working day.
    expect(deadline(new Date('2026-10-09T15:30:00Z'), 5, NATIONAL_DAY)).toBe('2026-10-15')
    expect(deadline(new Date('2026-10-09T16:30:00Z'), 5, NATIONAL_DAY)).toBe('2026-10-16')
  })

  it('skips 国庆 and counts the 调休 days', () => {
    // Friday 09-25: Sunday 09-27 (1), 09-28..30 (2-4), 10-01..07 off, Thursday 10-08 (5).
    expect(deadline(beijing('2026-09-25T16:00'), 5, NATIONAL_DAY)).toBe('2026-10-08')
    // Wednesday 09-30: 10-08 (1), 10-09 (2), Saturday 10-10 (3), 10-12 (4), 10-13 (5).
    expect(deadline(beijing('2026-09-30T11:00'), 5, NATIONAL_DAY)).toBe('2026-10-13')
    expect(deadline(beijing('2026-09-30T11:00'), 5, NONE)).toBe('2026-10-07')
  })

  it('crosses the year end', () => {
    // Wednesday 2026-12-30: Thursday 12-31 (1), 元旦 Friday off, 2027-01-04..07 (2-5).
    expect(deadline(beijing('2026-12-30T14:00'), 5, NATIONAL_DAY)).toBe('2027-01-07')
    expect(deadline(beijing('2026-12-31T23:59'), 1, NATIONAL_DAY)).toBe('2027-01-04')
  })

  it('refuses a count that is not a whole number of days', () => {
    expect(() => deadline(new Date(), -1, NONE)).toThrow(RangeError)
    expect(() => deadline(new Date(), 2.5, NONE)).toThrow(RangeError)
  })
})

describe('working days left', () => {
  it('counts the working days after today up to the due date', () => {
    expect(workingDaysLeft('2026-11-23', '2026-11-27', NONE)).toBe(4)
    expect(workingDaysLeft('2026-11-27', '2026-12-04', NONE)).toBe(5)
    expect(workingDaysLeft('2026-11-28', '2026-11-30', NONE)).toBe(1) // Saturday, due Monday
    expect(workingDaysLeft('2026-09-30', '2026-10-08', NATIONAL_DAY)).toBe(1)
  })

  it('is 0 on the due date', () => {
    expect(workingDaysLeft('2026-12-04', '2026-12-04', NONE)).toBe(0)
  })

  it('is negative when overdue, at least −1 even when only days off have passed', () => {
    expect(workingDaysLeft('2026-12-05', '2026-12-04', NONE)).toBe(-1) // the Saturday after
    expect(workingDaysLeft('2026-12-07', '2026-12-04', NONE)).toBe(-1) // Monday
    expect(workingDaysLeft('2026-12-08', '2026-12-04', NONE)).toBe(-2)
    expect(workingDaysLeft('2026-10-08', '2026-09-30', NATIONAL_DAY)).toBe(-1)
  })
})

describe('a typed list of days', () => {
  it('reads each date format as the same day', () => {
    for (const typed of ['2026-10-01', '2026-10-1', '2026/10/1', '2026.10.1', '2026年10月1日', '2026年10月1号', '2026 年 10 月 1 日']) {
      expect(parseDayList(typed), typed).toEqual({ days: ['2026-10-01'], errors: [] })
    }
  })

  it('reads full-width digits and punctuation', () => {
    expect(parseDayList('２０２６－１０－０１\n２０２６年１０月２日\n２０２６／１０／３').days).toEqual([
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
    ])
    expect(parseDayList('２０２６年１０月１日～３日').days).toEqual(range('2026-10-01', '2026-10-03'))
  })

  it('reads every kind of range', () => {
    const week = range('2026-10-01', '2026-10-07')
    for (const typed of [
      '2026-10-01至2026-10-07',
      '2026-10-01到2026-10-07',
      '2026-10-01~2026-10-07',
      '2026-10-01～2026-10-07',
      '2026-10-01-2026-10-07',
      '2026-10-01 - 2026-10-07',
      '2026-10-01—2026-10-07',
      '2026/10/1——2026/10/7',
      '2026年10月1日至2026年10月7日',
      '2026年10月1日—10月7日',
      '2026年10月1日至7日',
      '2026年10月1日 到 7日',
    ]) {
      expect(parseDayList(typed), typed).toEqual({ days: week, errors: [] })
    }
    expect(parseDayList('2026年12月31日至1月2日').days).toEqual(['2026-12-31', '2027-01-01', '2027-01-02'])
    expect(parseDayList('2026-10-01至2026-10-31').days).toHaveLength(31)
  })

  it('splits on Chinese and ASCII separators and spaces, sorts and drops repeats', () => {
    const typed = '2026-10-05、2026-10-01，2026-10-03,2026-10-02；2026-10-04;2026-10-01\n2026-10-07 2026-10-06'
    expect(parseDayList(typed)).toEqual({ days: range('2026-10-01', '2026-10-07'), errors: [] })
  })

  it('ignores blank lines and comments', () => {
    const typed = '# 2026 年国务院办公厅通知\n\n2026-10-01至2026-10-07  # 国庆节、中秋节\n   \n2027-01-01 ＃ 元旦\n'
    expect(parseDayList(typed)).toEqual({ days: [...range('2026-10-01', '2026-10-07'), '2027-01-01'], errors: [] })
    expect(parseDayList('')).toEqual({ days: [], errors: [] })
  })

  it('names the line and the text of each mistake, and still reads the rest', () => {
    const typed = [
      '2026-10-01',
      '',
      '2026-02-30',
      '2026-13-01、国庆',
      '2026-10-07至2026-10-01',
      '2026-01-01至2026-03-01',
      '2026年10月1日至32日 2026-10-02',
      '2026-10-01至',
    ].join('\n')
    expect(parseDayList(typed)).toEqual({
      days: ['2026-10-01', '2026-10-02'],
      errors: [
        '第 3 行“2026-02-30”不是有效的日期',
        '第 4 行“2026-13-01”不是有效的日期',
        '第 4 行“国庆”无法识别，请写成 2026-10-01、2026年10月1日 或 2026-10-01至2026-10-07 这样的日期',
        '第 5 行“2026-10-07至2026-10-01”的结束日期早于开始日期',
        '第 6 行“2026-01-01至2026-03-01”的跨度超过 31 天，请分段填写',
        '第 7 行“2026年10月1日至32日”不是有效的日期',
        '第 8 行“2026-10-01至”无法识别，请写成 2026-10-01、2026年10月1日 或 2026-10-01至2026-10-07 这样的日期',
      ],
    })
  })

  it('quotes a mistake as it was typed, full-width digits and all', () => {
    expect(parseDayList('２０２６年２月３０日').errors).toEqual(['第 1 行“２０２６年２月３０日”不是有效的日期'])
  })
})

describe('the calendar from the two lists', () => {
  it('builds the sets', () => {
    const { calendar, errors } = calendarFrom('2026-10-01至2026-10-07\n2027-01-01', '2026-09-27、2026-10-10')
    expect(errors).toEqual([])
    expect(calendar).toEqual(NATIONAL_DAY)
  })

  it('says which list each mistake is in', () => {
    expect(calendarFrom('2026-02-30', '10月10日').errors).toEqual([
      '节假日：第 1 行“2026-02-30”不是有效的日期',
      '调休上班日：第 1 行“10月10日”无法识别，请写成 2026-10-01、2026年10月1日 或 2026-10-01至2026-10-07 这样的日期',
    ])
  })

  it('refuses a day in both lists, and a 调休上班日 that is already a working day', () => {
    const { calendar, errors } = calendarFrom('2026-10-01至2026-10-07', '2026-10-03\n2026-10-09\n2026-10-10')
    expect(errors).toEqual(['调休上班日：2026-10-03 同时列在节假日中，请只保留一处', '调休上班日：2026-10-09 是星期五，本来就是工作日'])
    expect([...calendar.workdays]).toEqual(['2026-10-10'])
    expect(isWorkingDay('2026-10-03', calendar)).toBe(false)
  })
})
