/** 屏幕模式: the page, with its first story, and the deck it reads again on its own. */

import { shorten } from '../lib/lineBreak.ts'
import { qrSvgFile } from '../lib/qr.ts'
import type { SiteImage } from '../model/types.ts'
import { absoluteUrl, paths } from '../settings.ts'
import { PRINT } from '../styles/tokens.ts'
import type { ScreenDeck, ScreenSlide } from '../views/props.ts'
import { digest, type Plan, page } from './keys.ts'

/**
 * The photo at every width the build copies (the image and its alternates), for srcset. The
 * largest one's size is what the screen never shows it above, so it is never blown up.
 */
function screenImage(image: SiteImage | null | undefined): ScreenSlide['image'] {
  if (!image) return null
  const all = [image, ...(image.alternates ?? [])].sort((a, b) => a.width - b.width)
  const largest = all.at(-1) ?? image
  return {
    src: largest.src,
    srcset: all.map((variant) => `${variant.src} ${variant.width}w`).join(', '),
    alt: image.alt,
    width: largest.width,
    height: largest.height,
  }
}

type Story = Omit<ScreenSlide, 'qr'>

const WEEK = 7 * 86_400_000

/** 本周活动: events under way or starting within a week of the build, one slide each. */
function weekEvents(plan: Plan, now = new Date()): Story[] {
  return plan.content.events
    .filter((event) => new Date(event.startsAt).getTime() < now.getTime() + WEEK)
    .slice(0, 10)
    .map((event) => ({
      url: paths.event(event.slug),
      kicker: `本周活动 · ${event.kind}`,
      title: event.title,
      text: `${event.timeText}${event.place ? ` · ${event.place.name}` : ''}。${shorten(event.summary, 80, '……')}`,
      image: screenImage(event.cover),
    }))
}

/** The week's events between the stories: one after every four stories, the rest at the end. */
function withEvents(stories: Story[], events: Story[]): Story[] {
  const deck: Story[] = []
  let next = 0
  stories.forEach((story, at) => {
    deck.push(story)
    if (at % 4 === 3 && next < events.length) deck.push(events[next++] as Story)
  })
  return [...deck, ...events.slice(next)]
}

function stories(plan: Plan): Story[] {
  return withEvents(contentStories(plan), weekEvents(plan))
}

function contentStories(plan: Plan): Story[] {
  const { figures, streets, places, articles } = plan.content
  return [
    ...figures.slice(0, 30).map((figure) => ({
      url: paths.figure(figure.slug),
      kicker: `${figure.honourKind} · ${figure.honourTitle}`,
      title: figure.name,
      text: figure.summary,
      image: screenImage(figure.portrait?.hero),
    })),
    ...[...streets.slice(0, 15), ...places.slice(0, 15)].map((venue) => ({
      url: venue.kind === 'street' ? paths.street(venue.slug) : paths.place(venue.slug),
      kicker: venue.subtitle,
      title: venue.name,
      text: `${venue.summary} 地址：${venue.location.address}`,
      image: screenImage(venue.cover),
    })),
    ...articles
      .filter((article) => article.columnValue === 'notices')
      .slice(0, 10)
      .map((article) => ({
        url: paths.article(article.slug),
        kicker: '通知公告',
        title: article.title,
        text: shorten(article.lead, 122, '……'),
        image: null,
      })),
  ]
}

/**
 * Each story's QR file, by the story's absolute URL. Drawing 70 codes took about 100 ms of
 * every publish's plan; a URL's code never changes, so it is drawn once per process and kept
 * while the deck still shows the story (the map is replaced by each plan's own).
 */
let qrByUrl = new Map<string, { file: string; body: string }>()

function qrOf(url: string, kept: Map<string, { file: string; body: string }>): { file: string; body: string } {
  const known = kept.get(url) ?? qrByUrl.get(url)
  if (known) {
    kept.set(url, known)
    return known
  }
  const body = qrSvgFile(url, { dark: PRINT.qrDark, light: PRINT.qrLight })
  const drawn = { file: `screen/qr/${digest(body)}.svg`, body }
  kept.set(url, drawn)
  return drawn
}

export function planScreen(plan: Plan): void {
  const kept = new Map<string, { file: string; body: string }>()
  const slides: ScreenSlide[] = stories(plan).map((story) => {
    // One small file per story, named by its content: the screen fetches each once and keeps it.
    const { file } = qrOf(absoluteUrl(story.url), kept)
    return { ...story, qr: `/${file}` }
  })
  qrByUrl = kept
  const deck: ScreenDeck = { version: digest(slides), slides }
  plan.add(page(paths.screen, 'ScreenPage', { site: plan.site, slides: { version: deck.version, slides: slides.slice(0, 1) } }))
  plan.add({ kind: 'text', path: 'screen/slides.json', body: JSON.stringify(deck) })
  for (const { file, body } of kept.values()) plan.add({ kind: 'text', path: file, body })
}
