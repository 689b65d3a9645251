/** 最近上线 on the 工作台: the last site updates, failures first in plain words. */
import { shortDateTime } from '../../../contract/time'
import type { BuildLine } from '../../dashboard/builds'

const STATUS: Record<string, string> = { running: '上线中', live: '已上线', unchanged: '无变化', failed: '上线失败' }

export function BuildList({ builds }: { builds: BuildLine[] }) {
  return (
    <section className="workbench__section" data-section="builds" aria-labelledby="workbench-builds">
      <h2 id="workbench-builds">最近上线</h2>
      {builds.length === 0 ? (
        <p className="workbench__empty">网站还没有更新记录。</p>
      ) : (
        <ul className="workbench__list">
          {builds.map((build) => (
            <li key={build.id} className={`workbench__item${build.status === 'failed' ? ' workbench__item--overdue' : ''}`}>
              <a href={`/admin/collections/site-builds/${build.id}`} className="workbench__link">
                <span className="workbench__title">
                  {shortDateTime(build.startedAt)} · {STATUS[build.status] ?? build.status}
                </span>
                <span className="workbench__meta">
                  {build.reason || '—'}
                  {build.seconds != null ? ` · 用时 ${build.seconds} 秒` : ''}
                  {build.pages ? ` · 更新 ${build.pages} 个文件` : ''}
                </span>
                {build.error ? <span className="workbench__reason">失败原因：{build.error}</span> : null}
              </a>
            </li>
          ))}
        </ul>
      )}
      <a className="workbench__more" href="/admin/collections/site-builds">
        全部上线记录
      </a>
    </section>
  )
}
