/** 屏幕模式: the page, with its first story, and the deck it reads again on its own. */
import type { SiteImage } from '../model/types.ts'
import { paths } from '../settings.ts'
import type { ScreenDeck, ScreenSlide } from '../views/props.ts'
import { digest, type Plan, page } from './keys.ts'

const screenImage = (image: SiteImage | null | undefined) =>
  image ? { src: image.src, alt: image.alt, width: image.width, height: image.height } : null
const shorten = (text: string, length: number) => (text.length > length ? `${text.slice(0, length)}……` : text)

export function planScreen(plan: Plan): void {
  const { figures, streets, places, articles } = plan.content
  const slides: ScreenSlide[] = [
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
        text: shorten(article.lead, 120),
        image: null,
      })),
  ]
  const deck: ScreenDeck = { version: digest(slides), slides }
  plan.add(page(paths.screen, 'ScreenPage', { site: plan.site, slides: { version: deck.version, slides: slides.slice(0, 1) } }))
  plan.add({ kind: 'text', path: 'screen/slides.json', body: JSON.stringify(deck) })
}
