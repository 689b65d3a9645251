/** The 台账's month as staff type it, and its Beijing-time bounds (cms/participation/ledger/month.ts). */
import { describe, expect, it } from 'vitest'

import { lastMonth, readLedgerMonth } from '../../cms/participation/ledger/month.ts'

describe('the 台账 month', () => {
  it('reads 2026-11 and bounds it at Beijing midnight', () => {
    const month = readLedgerMonth('2026-11')
    expect(month).toEqual({
      month: '2026-11',
      from: new Date('2026-10-31T16:00:00.000Z'),
      to: new Date('2026-11-30T16:00:00.000Z'),
    })
  })

  it('runs December into January of the next year', () => {
    expect(readLedgerMonth('2026-12')).toMatchObject({ month: '2026-12', to: new Date('2026-12-31T16:00:00.000Z') })
  })

  it('reads full-width digits and other separators as the same month', () => {
    for (const typed of ['２０２６-１１', '２０２６－１１', '2026/11', '2026.11', '2026年11月', ' 2026-11 ']) {
      expect(readLedgerMonth(typed), typed).toMatchObject({ month: '2026-11' })
    }
  })

  it('refuses what is not a month, in Chinese', () => {
    for (const typed of ['2026-13', '2026-00', '26-11', '二〇二六年十一月', '', null, '2026-11-01', '1999-01', "2026-11' or 1=1"]) {
      expect(readLedgerMonth(typed), String(typed)).toEqual({ error: '月份不正确，请写作 2026-11（年份四位，月份 1—12）。' })
    }
  })

  it('defaults to the month before, in Beijing time', () => {
    expect(lastMonth(new Date('2026-11-30T19:00:00Z'))).toBe('2026-11')
    expect(lastMonth(new Date('2026-11-15T00:00:00Z'))).toBe('2026-10')
    expect(lastMonth(new Date('2027-01-03T00:00:00Z'))).toBe('2026-12')
  })
})
