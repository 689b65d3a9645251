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
    ...[...streets.slice(0, 15), ...places.slice(0, 15)].map((locale) => ({
      url: locale.kind === 'street' ? paths.street(locale.slug) : paths.place(locale.slug),
      kicker: locale.subtitle,
      title: locale.name,
      text: `${locale.summary} 地址：${locale.location.address}`,
      image: screenImage(locale.cover),
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
