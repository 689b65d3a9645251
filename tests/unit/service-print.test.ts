/** The shapes the print studio takes for 课单, 活动签到表 and 台账: dates the Chinese way, masks, and specific refusals. */
import { describe, expect, it } from 'vitest'

import { maskName, maskPhone } from '../../contract/masks.ts'
import { chineseDate, chineseMonth, chineseSpan, readServicePrint } from '../../contract/servicePrint.ts'

const menu = {
  scope: 'place',
  name: '巨轮街道新时代文明实践所',
  url: 'https://xhl.example.cn/services/julun/',
  items: [{ title: '防火讲座', kind: '讲座', provider: '巨轮街道新时代文明实践所', durationMinutes: 60, capacity: 30 }],
  updatedAt: '2026-11-30T10:00:00+08:00',
}

describe('dates on service print pieces', () => {
  it('writes Beijing dates with the weekday, spans within a day and across days', () => {
    expect(chineseDate('2026-12-03T06:00:00Z')).toBe('2026年12月3日 星期四 14:00')
    expect(chineseDate('2026-12-03T06:00:00Z', { time: false })).toBe('2026年12月3日 星期四')
    // 23:30 UTC is already the next day in Beijing.
    expect(chineseDate('2026-12-02T23:30:00Z', { weekday: false })).toBe('2026年12月3日 07:30')
    expect(chineseSpan('2026-12-03T14:00:00+08:00', '2026-12-03T16:00:00+08:00')).toBe('2026年12月3日 星期四 14:00—16:00')
    expect(chineseSpan('2026-12-31T20:00:00+08:00', '2027-01-01T00:30:00+08:00')).toBe(
      '2026年12月31日 星期四 20:00 至 2027年1月1日 星期五 00:30',
    )
    expect(chineseMonth('2026-03')).toBe('2026年3月')
  })
})

describe('reading a print request', () => {
  it('accepts a menu, filling what may be left out', () => {
    const read = readServicePrint('menu-poster-a4', menu)
    expect(read.ok).toBe(true)
    if (read.ok) expect(read.value.items[0]).toMatchObject({ givenBy: null, bookableFrom: null, bookableNote: null })
  })

  it.each([
    [{ ...menu, items: [{ ...menu.items[0], title: '' }] }, '第 1 项课单的 title：不能为空'],
    [{ ...menu, url: 'javascript:alert(1)' }, 'url：应为 http(s) 网址'],
    [{ ...menu, updatedAt: '昨天' }, 'updatedAt：不是有效的日期时间'],
    [{ ...menu, items: Array.from({ length: 201 }, () => menu.items[0]) }, '课单：太长或太多（最多 200）'],
    [{ ...menu, items: [{ ...menu.items[0], durationMinutes: '６０' }] }, '第 1 项课单的 durationMinutes：类型不对'],
  ])('refuses %#, naming the field', (body, message) => {
    const read = readServicePrint('menu-poster-a4', body)
    expect(read).toEqual({ ok: false, message: `课单海报 A4的数据不正确：${message}` })
  })

  it('refuses a 台账 whose month is not written 2026-11, and a photo that is not a web or inline image', () => {
    const ledger = {
      station: '站',
      month: '2026年11月',
      generatedAt: '2026-12-01T09:00:00+08:00',
      orders: [],
      events: [],
      hours: [],
      ratings: [],
    }
    expect(readServicePrint('ledger', ledger)).toEqual({ ok: false, message: '台账 A4的数据不正确：month：月份应写作 2026-11' })
    const event = { title: '讲座', startsAt: '2026-11-03T14:00:00+08:00', place: '站', capacity: 1, signedUp: 1, attended: 1 }
    const withPhoto = { ...ledger, month: '2026-11', events: [{ ...event, photos: [{ sourceUrl: 'file:///etc/passwd' }] }] }
    const read = readServicePrint('ledger', withPhoto)
    expect(read.ok).toBe(false)
    if (!read.ok) expect(read.message).toContain('照片地址应为 http(s) 网址')
  })

  it('masks names and phones the same way as the admin lists', () => {
    expect(maskName('王秀英')).toBe('王**')
    expect(maskName('欧阳娜娜娜')).toBe('欧***')
    expect(maskName(maskName('王秀英'))).toBe('王**')
    expect(maskPhone('138 1234 5678')).toBe('138****5678')
  })
})
