/**
 * 活动 on the site: the list of events still to come, each event's page with the sign-up
 * island, its calendar file (.ics), the calendar feed of them all and their RSS. Ended
 * events are already left out of the content (model/events.ts), so a rebuild at an end
 * time takes that event off every one of these.
 */
import { config } from '../../contract/config.ts'
import { eventSignupProps } from '../islands/eventForm.ts'
import { type CalendarEvent, calendar } from '../lib/ics.ts'
import type { PublicEvent, PublicSettings } from '../model/types.ts'
import { absoluteUrl, paths } from '../settings.ts'
import { fileOf, type Plan, page } from './keys.ts'
import type { IslandBundle } from './participation.ts'

const xml = (value: string) =>
  value.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] as string)

function calendarEvent(event: PublicEvent): CalendarEvent {
  const host = new URL(absoluteUrl('/')).host
  return {
    uid: `event-${event.id}@${host}`,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    title: event.title,
    description: `${event.summary}\n报名和详情：${absoluteUrl(paths.event(event.slug))}`,
    location: event.place ? `${event.place.name}（${event.place.address}）` : '',
    url: absoluteUrl(paths.event(event.slug)),
    stamp: event.updatedAt,
  }
}

function rss(site: PublicSettings, events: PublicEvent[]): string {
  const items = events.map(
    (event) => `    <item>
      <title>${xml(event.title)}</title>
      <link>${xml(absoluteUrl(paths.event(event.slug)))}</link>
      <guid isPermaLink="true">${xml(absoluteUrl(paths.event(event.slug)))}</guid>
      <description>${xml(`${event.timeText}${event.place ? `，${event.place.name}` : ''}。${event.summary}`)}</description>
      <category>${xml(event.kind)}</category>
      <pubDate>${new Date(event.updatedAt).toUTCString()}</pubDate>
    </item>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>${xml(`${site.siteName} · 文明实践活动`)}</title>
    <link>${xml(absoluteUrl(paths.events))}</link>
    <description>${xml(`${site.sponsor}：新时代文明实践阵地的活动`)}</description>
    <language>zh-cn</language>
${items.join('\n')}
  </channel>
</rss>
`
}

export function planEvents(plan: Plan, islands: IslandBundle): void {
  const { events } = plan.content
  const list = { href: paths.events, label: '文明实践活动' }
  plan.add(page(paths.events, 'EventsPage', { site: plan.site, crumbs: [plan.home, { href: null, label: list.label }], events }))
  for (const event of events) {
    plan.add(
      page(paths.event(event.slug), 'EventPage', {
        site: plan.site,
        islands: islands.assets,
        crumbs: [plan.home, list, { href: null, label: event.title }],
        event,
        signup: eventSignupProps(config().participationUrl, paths.receipt, event),
      }),
    )
    plan.add({ kind: 'text', path: fileOf(paths.eventIcs(event.slug)), body: calendar(event.title, [calendarEvent(event)]) })
  }
  plan.add({
    kind: 'text',
    path: fileOf(paths.eventsCalendar),
    body: calendar(`${plan.site.siteName} · 文明实践活动`, events.map(calendarEvent)),
  })
  plan.add({ kind: 'text', path: fileOf(paths.eventsFeed), body: rss(plan.site, events) })
}
