/**
 * 文明课单 on the site: the district's menu (every published 课单, by place), each place's
 * menu, and each 课单's page with its booking rules, the 个人信息告知 and the order form
 * (an island). The menu changes only when an item or its place is published or changed;
 * so do the menus' A5 leaflet and A4 poster, built beside the menu pages.
 */
import { config } from '../../contract/config.ts'
import { MENU_PRINTS, menuPrintPath, SERVICE_MENU, SERVICE_PRINT_LIMITS, type ServiceMenu } from '../../contract/servicePrint.ts'
import { orderFormProps } from '../islands/orderForm.ts'
import type { PublicServiceItem } from '../model/types.ts'
import { absoluteUrl, DISTRICT, paths } from '../settings.ts'
import type { MenuPrintLink, ServiceCard } from '../views/props.ts'
import { digest, digestOf, fileOf, type Plan, page } from './keys.ts'
import type { IslandBundle } from './participation.ts'

const cardOf = (item: PublicServiceItem): ServiceCard => ({
  href: paths.serviceItem(item.place.slug, item.slug),
  title: item.title,
  kind: item.kind,
  summary: item.summary,
  duration: item.duration,
  capacity: item.capacity,
  place: item.place.name,
  placeHref: paths.servicePlace(item.place.slug),
})

/** The site's contact number for 电话点单, when it reads as one (a longer text would not fit the line, and cut it would mislead). */
const orderingPhone = (phone: string | null): string | null => {
  const trimmed = phone?.trim() ?? ''
  return trimmed && trimmed.length <= 40 ? trimmed : null
}

/** A menu as the print studio takes it: the items in menu order, the QR code to the menu page, 电话点单 by the site's contact number. */
function menuOf(plan: Plan, items: PublicServiceItem[], place: PublicServiceItem['place'] | null): ServiceMenu {
  const shown = items.slice(0, SERVICE_PRINT_LIMITS.menuItems)
  const updatedAt = shown.reduce((latest, item) => (item.updatedAt > latest ? item.updatedAt : latest), '1970-01-01T00:00:00.000Z')
  return SERVICE_MENU.parse({
    scope: place ? 'place' : 'district',
    name: (place ? place.name : DISTRICT).slice(0, SERVICE_PRINT_LIMITS.short),
    url: absoluteUrl(place ? paths.servicePlace(place.slug) : paths.services),
    phone: orderingPhone(plan.site.contact.phone),
    phoneHours: null,
    intro: null,
    items: shown.map((item) => ({
      title: item.title.slice(0, SERVICE_PRINT_LIMITS.short),
      kind: (item.kind || '课单').slice(0, 20),
      provider: item.place.name.slice(0, SERVICE_PRINT_LIMITS.short),
      givenBy: null,
      durationMinutes: item.duration,
      capacity: item.capacity,
      bookableFrom: item.bookableFrom,
      bookableUntil: item.bookableUntil,
      bookableNote: item.bookingNote?.slice(0, 40) ?? null,
    })),
    updatedAt,
  })
}

/** Each menu's PDFs: where they are and how a download is named. */
export function menuPrintLinks(name: string, placeSlug: string | null): MenuPrintLink[] {
  return MENU_PRINTS.map(({ product, label, paper }) => ({
    label,
    paper,
    href: menuPrintPath(placeSlug, product),
    download: `${name}-${label.replace(/\s+/g, '-')}.pdf`,
  }))
}

const hrefsOf = (prints: MenuPrintLink[]) => prints.map((print) => print.href)

/** Every menu (the district's first, then each place's), as 打印与下载 lists them. */
export function menuPrintIndex(items: PublicServiceItem[]): { name: string; page: string; prints: MenuPrintLink[] }[] {
  const places = [...new Map(items.map((item) => [item.place.slug, item.place])).values()]
  return [
    { name: DISTRICT, page: paths.services, prints: menuPrintLinks(DISTRICT, null) },
    ...places.map((place) => ({ name: place.name, page: paths.servicePlace(place.slug), prints: menuPrintLinks(place.name, place.slug) })),
  ]
}

/**
 * The menu's A5 leaflet and A4 poster, built with the site beside its page (and listed on
 * 打印与下载), reprinted only when the menu, the settings or the menu layout's code change.
 */
function planMenuPrints(plan: Plan, items: PublicServiceItem[], place: PublicServiceItem['place'] | null): MenuPrintLink[] {
  const menu = menuOf(plan, items, place)
  const menuKey = digestOf(menu)
  for (const { product } of MENU_PRINTS) {
    const path = fileOf(menuPrintPath(place?.slug ?? null, product))
    plan.add({ kind: 'menu', path, product, menu, site: plan.site }, digest(plan.versions.print.menu, product, plan.siteKey, menuKey))
  }
  return menuPrintLinks(menu.name, place?.slug ?? null)
}

export function planServices(plan: Plan, islands: IslandBundle): void {
  const title = '文明课单'
  const menu = { href: paths.services, label: title }
  const items = plan.content.serviceItems
  const prints = planMenuPrints(plan, items, null)
  plan.add(
    page(
      paths.services,
      'ServicesPage',
      { site: plan.site, path: paths.services, title, crumbs: [plan.home, { href: null, label: title }], cards: items.map(cardOf), prints },
      hrefsOf(prints),
    ),
  )
  const places = new Map(items.map((item) => [item.place.slug, item.place]))
  for (const place of places.values()) {
    const path = paths.servicePlace(place.slug)
    const own = items.filter((item) => item.place.slug === place.slug)
    const placePrints = planMenuPrints(plan, own, place)
    plan.add(
      page(
        path,
        'ServicesPage',
        {
          site: plan.site,
          path,
          title: `${place.name}的课单`,
          crumbs: [plan.home, menu, { href: null, label: place.name }],
          cards: own.map(cardOf),
          prints: placePrints,
        },
        hrefsOf(placePrints),
      ),
    )
  }
  for (const item of items) {
    plan.add(
      page(paths.serviceItem(item.place.slug, item.slug), 'ServiceItemPage', {
        site: plan.site,
        islands: islands.assets,
        crumbs: [plan.home, menu, { href: paths.servicePlace(item.place.slug), label: item.place.name }, { href: null, label: item.title }],
        item,
        form: orderFormProps(config().participationUrl, paths.receipt, {
          id: item.id,
          title: item.title,
          capacity: item.capacity,
          leadDays: item.leadDays,
        }),
      }),
    )
  }
}
