/**
 * 系统 › 未使用的图片: uploads no document and no kept version uses, older than the site's
 * 未使用图片保留天数, with one button that clears them (administrators only).
 */
import type { AdminViewServerProps, Payload } from 'payload'

import { shortDateTime } from '../../contract/time'
import { findOrphans } from '../collections/Media/orphans'
import { AdminPage } from './AdminPage'
import { ClearOrphansButton } from './ClearOrphansButton'

async function OrphanList({ payload }: { payload: Payload }) {
  const { orphanMediaDays } = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  const days = orphanMediaDays ?? 7
  const orphans = await findOrphans(payload, days)
  const megabytes = (orphans.reduce((sum, orphan) => sum + orphan.filesize, 0) / 1024 / 1024).toFixed(1)
  return (
    <>
      <p>
        上传超过 {days} 天、没有被任何内容（包括草稿和保留的历史版本）使用的图片。常见原因：上传后放弃了正在编辑的稿件。
        清理时会重新核对，正在使用的图片不会被删除。
      </p>
      {orphans.length === 0 ? (
        <p className="orphans-none">没有未使用的图片。</p>
      ) : (
        <>
          <p>
            共 {orphans.length} 张，{megabytes} MB。
          </p>
          <ClearOrphansButton count={orphans.length} />
          <table className="orphans-table">
            <thead>
              <tr>
                <th>文件</th>
                <th>替代文字</th>
                <th>上传时间</th>
                <th>大小</th>
              </tr>
            </thead>
            <tbody>
              {orphans.map((orphan) => (
                <tr key={orphan.id} data-media={orphan.id}>
                  <td>
                    <a href={`/admin/collections/media/${orphan.id}`}>{orphan.filename}</a>
                  </td>
                  <td>{orphan.alt}</td>
                  <td>{shortDateTime(orphan.createdAt)}</td>
                  <td>{Math.round(orphan.filesize / 1024)} KB</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  )
}

export function OrphanMediaView(props: AdminViewServerProps) {
  return (
    <AdminPage props={props} title="未使用的图片">
      <OrphanList payload={props.initPageResult.req.payload} />
    </AdminPage>
  )
}
