/**
 * 活动 in the site plan: upcoming published events get a page (with the sign-up island's
 * props), a line in the list, a calendar file, a place in the calendar feed and the RSS,
 * and the week's ones a slide on /screen/; an event whose end has passed at build time is
 * in none of them — a rebuild at its end takes it off the site.
 */
import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { publicContent } from '../../site/model/publicContent.ts'
import { planSite } from '../../site/plan/index.ts'
import type { EventProps, EventsProps, ScreenDeck } from '../../site/views/props.ts'

const HOUR = 3_600_000
const fixture = JSON.parse(readFileSync(new URL('./fixtures/demo-snapshot.json', import.meta.url), 'utf8')) as Record<string, unknown>

function event(id: number, slug: string, startsIn: number, hours = 2) {
  return {
    id,
    slug,
    title: `文明微讲堂${id}`,
    kind: 'lecture',
    startsAt: new Date(Date.now() + startsIn * HOUR).toISOString(),
    endsAt: new Date(Date.now() + (startsIn + hours) * HOUR).toISOString(),
    place: null,
    capacity: 20,
    placesTaken: 5,
    summary: '垃圾分类小知识',
    body: '第一段\n第二段',
    cover: null,
    area: null,
    updatedAt: '2026-11-30T00:00:00.000Z',
    createdAt: '2026-11-30T00:00:00.000Z',
  }
}

function plan() {
  const snapshot = Object.fromEntries(
    Object.entries(structuredClone(fixture)).map(([name, value]) => [
      name,
      Array.isArray(value) ? new Map(value as [number, unknown][]) : value,
    ]),
  )
  const place = [...(snapshot.places as Map<number, { id: number }>).values()][0]
  const events = [event(1, 'yi-jie-shu', -5), event(2, 'ben-zhou', 48), event(3, 'xia-yue', 24 * 30), event(4, 'zheng-zai', -1)]
  for (const doc of events) (doc as { place: number | null }).place = place?.id ?? null
  snapshot.events = new Map(events.map((doc) => [doc.id, doc]))
  const islands = { version: 'i1', assets: { script: '/_astro/islands-test.js', styles: [] }, files: [] }
  const versions = {
    pages: 'p1',
    islands: 'i1',
    share: 's1',
    print: { poster: 'po1', leaflet: 'l1', handbook: 'h1', sign: 'si1', questionnaire: 'q1', menu: 'm1' },
  }
  return planSite(publicContent(snapshot as never), versions, islands)
}

describe('活动 pages', () => {
  const outputs = plan()
  const at = (path: string) => outputs.find((output) => output.path === path)
  const text = (path: string) => {
    const output = at(path)
    return output?.kind === 'text' ? output.body : ''
  }

  it('lists what is still to come or under way, soonest first; an ended event is nowhere', () => {
    const list = at('events/index.html')
    const props = (list?.kind === 'page' ? list.props : null) as EventsProps | null
    expect(props?.events.map((item) => item.slug)).toEqual(['zheng-zai', 'ben-zhou', 'xia-yue'])
    expect(at('events/yi-jie-shu/index.html')).toBeUndefined()
    expect(at('events/yi-jie-shu.ics')).toBeUndefined()
    expect(text('events/calendar.ics')).not.toContain('yi-jie-shu')
    expect(text('events/rss.xml')).not.toContain('yi-jie-shu')
  })

  it('gives each event its page with places left and the island’s props, and its calendar file', () => {
    const page = at('events/ben-zhou/index.html')
    const props = (page?.kind === 'page' ? page.props : null) as EventProps | null
    expect(props?.event.placesLeft).toBe(15)
    expect(props?.event.timeText).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 星期[日一二三四五六] \d{2}:\d{2}/)
    expect(props?.signup.submitUrl).toMatch(/\/events\/ben-zhou\/signups$/)
    const ics = text('events/ben-zhou.ics')
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/)
    expect(ics).toContain('SUMMARY:文明微讲堂2\r\n')
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true)
    expect(text('events/calendar.ics').match(/BEGIN:VEVENT/g)).toHaveLength(3)
  })

  it('shows this week’s events between the stories on /screen/', () => {
    const deck = JSON.parse(text('screen/slides.json')) as ScreenDeck
    const kickers = deck.slides.map((slide) => slide.kicker)
    const week = kickers.filter((kicker) => kicker.startsWith('本周活动'))
    expect(week).toHaveLength(2)
    expect(kickers.indexOf(week[0] as string)).toBeGreaterThan(0)
  })
})
