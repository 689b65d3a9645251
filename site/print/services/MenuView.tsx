/** The 课单 leaflet's and poster's parts (menu.ts lays them out and pages them): see there. */

import { chineseDate, type MenuItem, type ServiceMenu } from '../../../contract/servicePrint.ts'
import type { PublicSettings } from '../../model/types.ts'
import { DISTRICT } from '../../settings.ts'
import { fitText, QrCode, Sheet } from '../parts.tsx'

const fitLine = (label: string, min: number, what: string) => fitText(min, `${label}：${what}过长，已缩短。`)

/** `约 1.5 小时`, `约 45 分钟`. */
function duration(minutes: number): string {
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  return `约 ${hours ? `${hours} 小时` : ''}${hours && rest ? ' ' : ''}${rest ? `${rest} 分钟` : ''}`
}

/** When the item can be booked, in one line: `12月1日至1月31日 · 每周二下午`, or `随时可约`. */
export function bookable(item: MenuItem): string {
  const day = (moment: string) => chineseDate(moment, { time: false, weekday: false }).replace(/^\d+年/, '')
  const from = item.bookableFrom ? day(item.bookableFrom) : null
  const until = item.bookableUntil ? day(item.bookableUntil) : null
  const dates = from && until ? `${from}至${until}` : from ? `${from}起` : until ? `截至${until}` : null
  return [dates, item.bookableNote].filter(Boolean).join(' · ') || '随时可约'
}

/** An item with its number on the menu (people ordering by phone say it). */
export interface Numbered {
  n: number
  item: MenuItem
}

export function ItemRow({ entry: { n, item }, label, provider }: { entry: Numbered; label: string; provider: boolean }) {
  const facts = [provider ? item.provider : null, item.givenBy ? `主讲/服务：${item.givenBy}` : null, duration(item.durationMinutes)]
  if (item.capacity) facts.push(`限 ${item.capacity} 人`)
  return (
    <li className="item">
      <p className="item-head">
        <span className="no">{n}</span>
        <span className="kind">{item.kind}</span>
        <span className="item-title" {...fitLine(label, 8, '课单名称')}>
          {item.title}
        </span>
      </p>
      <p className="item-facts" {...fitLine(label, 6.5, '课单说明')}>
        {facts.filter(Boolean).join(' · ')}
      </p>
      <p className="item-when" {...fitLine(label, 6.5, '预约时间')}>{`可预约：${bookable(item)}`}</p>
    </li>
  )
}

/** 扫码点单 / 电话点单, with the QR code to the ordering page. */
export function HowToOrder({ menu, site, label }: { menu: ServiceMenu; site: PublicSettings; label: string }) {
  return (
    <div className="order">
      <QrCode url={menu.url} label={`${menu.name}课单点单页二维码`} />
      <div className="order-words">
        <p className="order-scan">扫码点单</p>
        <p className="order-phone" {...fitLine(label, 8, '电话')}>
          {menu.phone ? `电话点单：${menu.phone}${menu.phoneHours ? `（${menu.phoneHours}）` : ''}` : '电话点单：请拨打所在社区电话'}
        </p>
        <p className="order-flow">点单 → 审单 → 派单 → 接单 → 评单，凭点单编号随时查看进度</p>
        <p className="order-url">{menu.url}</p>
        <p className="order-site">{`${site.siteName} · 主办：${site.sponsor}`}</p>
      </div>
    </div>
  )
}

/** Whether items come from more than one station or park (a district's menu): only then does each row name its provider. */
const manyProviders = (menu: ServiceMenu) => new Set(menu.items.map((item) => item.provider)).size > 1

/** Counts by kind: `讲座 5 项 · 义诊 2 项`. */
export function kindsLine(items: MenuItem[]): string {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1)
  return [...counts].map(([kind, n]) => `${kind} ${n} 项`).join(' · ')
}

export const menuHeading = (menu: ServiceMenu) => (menu.scope === 'district' ? `${DISTRICT}文明实践课单` : `${menu.name} · 文明实践课单`)

/** A page number when the piece has more than one page of items: `第 2 页 共 3 页`. */
export const pageOf = (n: number, of: number) => (of > 1 ? `第 ${n} 页 共 ${of} 页` : '')

interface PosterProps {
  menu: ServiceMenu
  site: PublicSettings
  pages: Numbered[][]
  /** large up to 4 items, roomy up to 9, dense (two columns) beyond. */
  density: 'large' | 'roomy' | 'dense'
}

const POSTER = 'A4 课单海报'

/** The A4 poster: every sheet has the heading, its share of the items and the way to order (a sheet is posted alone). */
export function MenuPosterView({ menu, site, pages, density }: PosterProps) {
  const bleed = (
    <>
      <div className="band" />
      <div className="foot-band" />
    </>
  )
  return (
    <>
      {pages.map((items, index) => (
        <Sheet bleed={bleed} key={items[0]?.n ?? 'empty'}>
          <div className={`poster ${density}`}>
            <p className="kicker">{`${DISTRICT} · 新时代文明实践`}</p>
            <h1 className="title" {...fitLine(POSTER, 16, '标题')}>
              {menuHeading(menu)}
            </h1>
            <p className="lead" {...fitLine(POSTER, 8, '简介')}>
              {menu.intro ??
                `共 ${menu.items.length} 项服务${menu.items.length ? `：${kindsLine(menu.items)}` : ''}，居民群众可扫码或打电话点单。`}
            </p>
            {items.length === 0 ? (
              <p className="empty">课单正在更新，请扫码查看最新课单。</p>
            ) : (
              <ol className="items">
                {items.map((entry) => (
                  <ItemRow key={entry.n} entry={entry} label={POSTER} provider={manyProviders(menu)} />
                ))}
              </ol>
            )}
            <p className="page-no">{pageOf(index + 1, pages.length)}</p>
            <HowToOrder menu={menu} site={site} label={POSTER} />
          </div>
          <p className="sponsor">{`主办：${site.sponsor} · 更新于 ${chineseDate(menu.updatedAt, { time: false, weekday: false })}`}</p>
        </Sheet>
      ))}
    </>
  )
}

const LEAFLET = 'A5 课单宣传单'

interface LeafletProps {
  menu: ServiceMenu
  site: PublicSettings
  pages: Numbered[][]
  /** A 点单记录 page at the end, so the leaflet prints on both sides of whole sheets. */
  notePage: boolean
}

/** The A5 leaflet: a front with the way to order, then the items, numbered, as many pages as they need. */
export function MenuLeafletView({ menu, site, pages, notePage }: LeafletProps) {
  return (
    <>
      <Sheet bleed={<div className="band" />}>
        <div className="front">
          <p className="kicker">{`${DISTRICT} · 新时代文明实践`}</p>
          <h1 className="title" {...fitLine(LEAFLET, 12, '标题')}>
            {menuHeading(menu)}
          </h1>
          <p className="lead">
            {menu.intro ?? '讲座、培训、义诊、文艺、志愿服务送到家门口：选好服务，扫码或打电话点单，工作人员审单后派志愿服务队上门。'}
          </p>
          <p className="kinds" {...fitLine(LEAFLET, 8, '课单分类')}>
            {menu.items.length ? `共 ${menu.items.length} 项：${kindsLine(menu.items)}` : '课单正在更新，请扫码查看最新课单。'}
          </p>
          <HowToOrder menu={menu} site={site} label={LEAFLET} />
          <p className="updated">{`课单更新于 ${chineseDate(menu.updatedAt, { time: false })}${pages.length ? '，详见背面' : ''}`}</p>
        </div>
      </Sheet>
      {pages.map((items, index) => (
        <Sheet key={items[0]?.n ?? index}>
          <div className="list-page">
            <h2 {...fitLine(LEAFLET, 9, '标题')}>{`${menu.name} · 课单`}</h2>
            <ol className="items">
              {items.map((entry) => (
                <ItemRow key={entry.n} entry={entry} label={LEAFLET} provider={manyProviders(menu)} />
              ))}
            </ol>
            <p className="page-no">{pageOf(index + 1, pages.length)}</p>
          </div>
        </Sheet>
      ))}
      {notePage && (
        <Sheet>
          <div className="list-page">
            <h2>点单记录</h2>
            <p className="note-how">点单后请记下点单编号（12 位，电话点单时工作人员会读给您），凭编号扫码查看进度、取消或评价。</p>
            <table className="notes">
              <thead>
                <tr>
                  <th>日期</th>
                  <th>服务（课单序号）</th>
                  <th>点单编号</th>
                </tr>
              </thead>
              <tbody>
                {['一', '二', '三', '四', '五', '六', '七', '八'].map((row) => (
                  <tr key={row}>
                    <td />
                    <td />
                    <td />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Sheet>
      )}
    </>
  )
}
