/**
 * The only way an 操作日志 entry leaves the database: once a day, entries older than the
 * retention period (网站设置 › 操作日志保存天数, 180 by default) are deleted in a transaction
 * that tells the table's guard trigger this is the retention job. The clean-up itself is
 * recorded.
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload, TaskConfig } from 'payload'

import { SCHEDULE_QUEUE } from '../../contract/queues'

export const DEFAULT_AUDIT_RETENTION_DAYS = 180

export async function pruneAuditLog(payload: Payload, now = new Date()): Promise<number> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  const days = settings.auditRetentionDays ?? DEFAULT_AUDIT_RETENTION_DAYS
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString()
  const client = await (payload.db as unknown as PostgresAdapter).pool.connect()
  try {
    await client.query('BEGIN')
    await client.query("SET LOCAL xhl.audit_retention = 'on'")
    const { rowCount } = await client.query('DELETE FROM audit_log WHERE created_at < $1', [cutoff])
    await client.query('COMMIT')
    const removed = rowCount ?? 0
    if (removed > 0) {
      await payload.create({
        collection: 'audit-log',
        data: {
          action: 'retention',
          summary: `按保存期限（${days} 天）清理了 ${removed} 条 ${cutoff.slice(0, 10)} 之前的操作日志`,
          actorName: '系统',
        },
        overrideAccess: true,
      })
    }
    return removed
  } catch (error) {
    await client.query('ROLLBACK')
    throw error
  } finally {
    client.release()
  }
}

export const auditRetentionTask: TaskConfig<{ input: object; output: { removed: number } }> = {
  slug: 'auditRetention',
  label: '清理过期操作日志',
  schedule: [{ cron: '0 17 3 * * *', queue: SCHEDULE_QUEUE }],
  outputSchema: [{ name: 'removed', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: { removed: await pruneAuditLog(req.payload) } }),
}
