/**
 * 工作台: the admin's home page, one per role (cms/dashboard/sections.ts says which lists).
 * Read with the viewer's own access; nothing here can show what they could not open.
 */
import { Gutter } from '@payloadcms/ui'
import type { Payload } from 'payload'

import type { User } from '../../../contract/payload-types'
import { longDate } from '../../../contract/time'
import { hasRole } from '../../access/roles'
import { ROLES } from '../../collections/Users'
import { officeCalendar } from '../../common/officeCalendar'
import { recentBuilds } from '../../dashboard/builds'
import { sectionsFor } from '../../dashboard/sections'
import { levelLabel } from '../../workflow/states'
import { BuildList } from './BuildList'
import { PrintDeskCard } from './PrintDeskCard'
import { WorkList } from './WorkList'

const CREATE = [
  ['articles', '写文章'],
  ['figures', '写人物'],
  ['streets', '写主题街'],
  ['places', '写阵地'],
  ['regulations', '录入法规'],
  ['handbooks', '编手册'],
] as const

function roleLine(user: User): string {
  const role = ROLES.find((entry) => entry.value === user.role)?.label ?? ''
  return user.role === 'reviewer' && user.reviewLevel ? `${levelLabel(user.reviewLevel)}审核人` : role
}

export async function Dashboard({ payload, user }: { payload: Payload; user: User }) {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  const now = new Date()
  const { calendar } = await officeCalendar(payload)
  const lookup = { payload, user, now, overdueDays: settings.reviewOverdueDays ?? 2, calendar }
  const [sections, builds] = await Promise.all([
    sectionsFor(lookup, settings.reviewLevels ?? 2),
    // Site updates are the office's news; station staff and team leaders cannot read them.
    hasRole(user, 'admin', 'editor', 'reviewer') ? recentBuilds(payload, user) : Promise.resolve(null),
  ])
  return (
    <Gutter className="workbench">
      <header className="workbench__header">
        <h1>工作台</h1>
        <p>
          {user.name}（{roleLine(user)}），今天是{longDate(now)}。
        </p>
        {user.role === 'editor' || user.role === 'admin' ? (
          <nav className="workbench__create" aria-label="新建">
            {CREATE.map(([slug, label]) => (
              <a key={slug} href={`/admin/collections/${slug}/create`} className="btn btn--style-secondary btn--size-small">
                {label}
              </a>
            ))}
          </nav>
        ) : null}
      </header>
      <div className="workbench__grid">
        {sections.map((section) => (
          <WorkList key={section.key} section={section} />
        ))}
        {builds ? <BuildList builds={builds} /> : null}
        <PrintDeskCard payload={payload} user={user} />
      </div>
    </Gutter>
  )
}
