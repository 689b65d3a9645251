/**
 * 文明课单 on the site: the district's menu (every published 课单, by place), each place's
 * menu, and each 课单's page with its booking rules, the 个人信息告知 and the order form
 * (an island). The menu changes only when an item or its place is published or changed.
 */
import { config } from '../../contract/config.ts'
import { orderFormProps } from '../islands/orderForm.ts'
import type { PublicServiceItem } from '../model/types.ts'
import { paths } from '../settings.ts'
import type { ServiceCard } from '../views/props.ts'
import { type Plan, page } from './keys.ts'
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

export function planServices(plan: Plan, islands: IslandBundle): void {
  const title = '文明课单'
  const menu = { href: paths.services, label: title }
  const items = plan.content.serviceItems
  plan.add(
    page(paths.services, 'ServicesPage', {
      site: plan.site,
      path: paths.services,
      title,
      crumbs: [plan.home, { href: null, label: title }],
      cards: items.map(cardOf),
    }),
  )
  const places = new Map(items.map((item) => [item.place.slug, item.place]))
  for (const place of places.values()) {
    const path = paths.servicePlace(place.slug)
    plan.add(
      page(path, 'ServicesPage', {
        site: plan.site,
        path,
        title: `${place.name}的课单`,
        crumbs: [plan.home, menu, { href: null, label: place.name }],
        cards: items.filter((item) => item.place.slug === place.slug).map(cardOf),
      }),
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
