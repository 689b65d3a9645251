/** One list of the 工作台: each document with its status, how long it has waited and why. */
import { shortDateTime } from '../../../contract/time'
import type { Section } from '../../dashboard/sections'
import type { WorkItem } from '../../dashboard/work'

function Item({ item, showWait }: { item: WorkItem; showWait: boolean }) {
  return (
    <li className={`workbench__item${item.overdue && showWait ? ' workbench__item--overdue' : ''}`} data-collection={item.collection}>
      <a href={item.href} className="workbench__link">
        <span className="workbench__title">{item.title}</span>
        <span className="workbench__meta">
          {item.kind} · {item.status}
          {showWait ? ` · ${item.waited}` : ''}
          {item.publishAt ? ` · ${shortDateTime(item.publishAt)} 发布` : ''}
        </span>
        {item.overdue && showWait ? <span className="workbench__overdue">已超时</span> : null}
        {item.reason ? <span className="workbench__reason">理由：{item.reason}</span> : null}
      </a>
    </li>
  )
}

const WAITING = new Set([
  'queue',
  'takedowns',
  'mine-pending',
  'orders-submitted',
  'orders-approved',
  'orders-dispatched',
  'orders-accepted',
])

export function WorkList({ section }: { section: Section }) {
  return (
    <section className="workbench__section" data-section={section.key} aria-labelledby={`workbench-${section.key}`}>
      <h2 id={`workbench-${section.key}`}>
        {section.title}
        <span className="workbench__count">{section.items.length}</span>
      </h2>
      {section.items.length === 0 ? (
        <p className="workbench__empty">{section.empty}</p>
      ) : (
        <ul className="workbench__list">
          {section.items.map((item) => (
            <Item key={`${item.collection}-${item.id}`} item={item} showWait={WAITING.has(section.key)} />
          ))}
        </ul>
      )}
    </section>
  )
}
