/** The 台账's cover and sections (ledger.ts prepares the photos and lays them out): see there. */

import { maskName } from '../../../contract/masks.ts'
import {
  chineseDate,
  chineseMonth,
  chineseSpan,
  type LedgerEvent,
  type LedgerOrder,
  ORDER_STATES,
  type OrderState,
  type ServiceLedger,
} from '../../../contract/servicePrint.ts'
import type { PublicSettings } from '../../model/types.ts'
import type { PrintPhoto } from '../images.ts'
import { PrintImage } from '../parts.tsx'

/** What the summary counts (ledger.ts computes it). */
export interface LedgerSummary {
  orders: Record<OrderState, number>
  events: number
  signedUp: number
  waitlisted: number
  attended: number
  hours: number
  volunteers: number
  teams: number
  ratings: number
  average: number | null
  stars: number[]
}

export interface LedgerProps {
  ledger: ServiceLedger
  site: PublicSettings
  summary: LedgerSummary
  /** Each event's printed photos, by its index, and how many it had in all. */
  photos: Map<number, { printed: PrintPhoto[]; total: number }>
}

/** `11月3日 09:12`: within the month, no year. */
const shortMoment = (at: string) => chineseDate(at, { weekday: false }).replace(/^\d+年/, '')
const hoursText = (hours: number) => (Number.isInteger(hours) ? String(hours) : hours.toFixed(1))
const percent = (part: number, whole: number) => (whole > 0 ? `${Math.round((part / whole) * 100)}%` : '—')

export const SECTIONS = ['一、概况', '二、点单服务', '三、活动', '四、志愿服务时长', '五、群众评价'] as const

function Cover({ ledger, site, summary }: LedgerProps) {
  const counts = [
    '',
    `${Object.values(summary.orders).reduce((a, b) => a + b, 0)} 单`,
    `${summary.events} 场`,
    `${hoursText(summary.hours)} 小时`,
    `${summary.ratings} 条`,
  ]
  return (
    <section className="cover">
      <p className="cover-kicker">新时代文明实践</p>
      <h1>{ledger.station}</h1>
      {ledger.level && <p className="cover-level">{ledger.level}</p>}
      <p className="cover-title">工作台账</p>
      <p className="cover-month">{chineseMonth(ledger.month)}</p>
      <ol className="contents">
        {SECTIONS.map((section, at) => (
          <li key={section}>
            <span>{section}</span>
            <span>{counts[at]}</span>
          </li>
        ))}
      </ol>
      <div className="cover-foot">
        <p>{`生成日期：${chineseDate(ledger.generatedAt, { time: false })}`}</p>
        <p>{`根据${site.siteName}的点单、活动、签到与评价记录生成；志愿者姓名按个人信息保护规定隐去部分。`}</p>
        <p>{`主办：${site.sponsor}`}</p>
      </div>
    </section>
  )
}

function Summary({ summary }: { summary: LedgerSummary }) {
  const total = Object.values(summary.orders).reduce((a, b) => a + b, 0)
  const rows: [string, string][] = [
    ['点单总数', `${total} 单`],
    ...(Object.keys(ORDER_STATES) as OrderState[]).map((state): [string, string] => [
      `　其中${ORDER_STATES[state]}`,
      `${summary.orders[state]} 单`,
    ]),
    ['活动场次', `${summary.events} 场`],
    ['报名人次', `${summary.signedUp} 人次（候补 ${summary.waitlisted} 人次）`],
    ['签到人次', `${summary.attended} 人次（签到率 ${percent(summary.attended, summary.signedUp)}）`],
    ['志愿服务时长', `${hoursText(summary.hours)} 小时（${summary.teams} 支队伍，${summary.volunteers} 名志愿者）`],
    ['群众评价', summary.average === null ? '本月没有评价' : `${summary.ratings} 条，平均 ${summary.average.toFixed(1)} 分（满分 5 分）`],
    ['评分分布', summary.stars.map((n, at) => `${5 - at}分 ${n} 条`).join('　')],
  ]
  return (
    <section className="part">
      <h2>{SECTIONS[0]}</h2>
      <table className="summary">
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th>{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

function OrderRow({ order }: { order: LedgerOrder }) {
  return (
    <tr>
      <td>{order.ref}</td>
      <td>{order.item}</td>
      <td>{order.requester ?? '—'}</td>
      <td>{order.team ?? '—'}</td>
      <td className="state">{ORDER_STATES[order.state]}</td>
      <td className="steps">
        {order.steps.map((step) => (
          <span className="step" key={`${step.step}-${step.at}`}>
            <span className="when">{`${step.step} ${shortMoment(step.at)}`}</span>
            {step.note ? `（${step.note}）` : ''}
          </span>
        ))}
      </td>
    </tr>
  )
}

function Orders({ ledger }: { ledger: ServiceLedger }) {
  return (
    <section className="part">
      <h2>{SECTIONS[1]}</h2>
      {ledger.orders.length === 0 ? (
        <p className="none">本月没有点单。</p>
      ) : (
        <table className="grid orders">
          <thead>
            <tr>
              <th>编号</th>
              <th>服务项目</th>
              <th>服务对象</th>
              <th>承接队伍</th>
              <th>状态</th>
              <th>办理经过</th>
            </tr>
          </thead>
          <tbody>
            {ledger.orders.map((order) => (
              <OrderRow key={order.ref} order={order} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

function EventBlock({ event, photos }: { event: LedgerEvent; photos?: { printed: PrintPhoto[]; total: number } }) {
  const left = (photos?.total ?? 0) - (photos?.printed.length ?? 0)
  return (
    <div className="event">
      <h3>{event.title}</h3>
      <p>{`时间：${chineseSpan(event.startsAt, event.endsAt)}　地点：${event.place}`}</p>
      <p>
        {`名额 ${event.capacity} 人，报名 ${event.signedUp} 人，候补 ${event.waitlisted} 人，签到 ${event.attended} 人（签到率 ${percent(event.attended, event.signedUp)}），志愿服务 ${hoursText(event.hours)} 小时`}
      </p>
      {photos && photos.printed.length > 0 && (
        <div className="photos">
          {photos.printed.map((photo) => (
            <PrintImage key={photo.src} photo={photo} />
          ))}
        </div>
      )}
      {left > 0 && <p className="more">{`另有 ${left} 张照片未收入台账，可在平台查看。`}</p>}
    </div>
  )
}

function Events({ ledger, photos }: LedgerProps) {
  return (
    <section className="part">
      <h2>{SECTIONS[2]}</h2>
      {ledger.events.length === 0 && <p className="none">本月没有活动。</p>}
      {ledger.events.map((event, at) => (
        <EventBlock key={`${event.startsAt}-${event.title}`} event={event} photos={photos.get(at)} />
      ))}
    </section>
  )
}

function Hours({ ledger }: { ledger: ServiceLedger }) {
  const teams = [...new Set(ledger.hours.map((line) => line.team))]
  return (
    <section className="part">
      <h2>{SECTIONS[3]}</h2>
      {teams.length === 0 ? (
        <p className="none">本月没有志愿服务时长记录。</p>
      ) : (
        <table className="grid hours">
          <thead>
            <tr>
              <th>队伍</th>
              <th>志愿者</th>
              <th>参加活动（次）</th>
              <th>时长（小时）</th>
            </tr>
          </thead>
          <tbody>
            {teams.flatMap((team) => {
              const lines = ledger.hours.filter((line) => line.team === team)
              const people = lines.filter((line) => line.person)
              const sum = lines.reduce((total, line) => total + line.hours, 0)
              return [
                ...people.map((line, at) => (
                  <tr key={`${team}-${line.person}-${line.events}-${line.hours}`}>
                    <td>{at === 0 ? team : ''}</td>
                    <td>{maskName(line.person as string)}</td>
                    <td>{line.events}</td>
                    <td>{hoursText(line.hours)}</td>
                  </tr>
                )),
                <tr className="subtotal" key={`${team}-sum`}>
                  <td>{people.length === 0 ? team : ''}</td>
                  <td>{`小计（${people.length} 人）`}</td>
                  <td>{lines.reduce((total, line) => total + line.events, 0)}</td>
                  <td>{hoursText(sum)}</td>
                </tr>,
              ]
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}

function Ratings({ ledger }: { ledger: ServiceLedger }) {
  return (
    <section className="part">
      <h2>{SECTIONS[4]}</h2>
      {ledger.ratings.length === 0 ? (
        <p className="none">本月没有评价。</p>
      ) : (
        <table className="grid ratings">
          <thead>
            <tr>
              <th>编号</th>
              <th>服务项目</th>
              <th>评分</th>
              <th>评价内容</th>
              <th>日期</th>
            </tr>
          </thead>
          <tbody>
            {ledger.ratings.map((rating) => (
              <tr key={`${rating.ref}-${rating.at}`}>
                <td>{rating.ref}</td>
                <td>{rating.item ?? '—'}</td>
                <td>{`${rating.stars} 分`}</td>
                <td>{rating.comment ?? '（未留言）'}</td>
                <td>{chineseDate(rating.at, { time: false, weekday: false }).replace(/^\d+年/, '')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

export function LedgerView(props: LedgerProps) {
  return (
    <>
      <Cover {...props} />
      <Summary summary={props.summary} />
      <Orders ledger={props.ledger} />
      <Events {...props} />
      <Hours ledger={props.ledger} />
      <Ratings ledger={props.ledger} />
    </>
  )
}
