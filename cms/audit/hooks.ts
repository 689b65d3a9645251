/**
 * The 操作日志's hooks, attached once to every collection and global (payload.config.ts):
 * each write a person makes — through the admin, REST, GraphQL or the Local API with a
 * user — is recorded with the fields it changed. The workflow records its own steps
 * (workflow/transition.ts), so its writes are not recorded twice.
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterOperationHook,
  CollectionConfig,
  GlobalAfterChangeHook,
  GlobalConfig,
  PayloadRequest,
} from 'payload'

import { configLabel, documentTitle } from '../common/documentTitle'
import { WORKFLOW_CONTEXT } from '../common/requestContext'
import { appendHooks } from '../hooks/appendHooks'
import { recordEntry } from './record'

/** Collections whose writes are the system's own bookkeeping, or the log itself. */
const NOT_RECORDED = new Set(['audit-log', 'site-builds', 'media-uses'])
const IGNORED_FIELDS = new Set([
  'updatedAt',
  'createdAt',
  'review',
  'sessions',
  'hash',
  'salt',
  'loginAttempts',
  'lockUntil',
  'resetPasswordToken',
  'resetPasswordExpiration',
])

/** Writes by a person, or through an outside channel; not the system's own Local API calls. */
const byPerson = (req: PayloadRequest) => Boolean(req.user) || req.payloadAPI !== 'local'

function changedFields(doc: Record<string, unknown>, previous: Record<string, unknown> | undefined): string {
  const names = Object.keys(doc).filter((key) => !IGNORED_FIELDS.has(key) && JSON.stringify(doc[key]) !== JSON.stringify(previous?.[key]))
  return names.join('、').slice(0, 500)
}

const recordChange: CollectionAfterChangeHook = async ({ collection, context, doc, operation, previousDoc, req }) => {
  if (context[WORKFLOW_CONTEXT] || !byPerson(req)) return doc
  const title = documentTitle(doc)
  const draft = doc._status === 'draft' ? '（草稿）' : ''
  await recordEntry(req, {
    action: operation === 'create' ? 'create' : 'update',
    summary: `${operation === 'create' ? '新建' : '修改'}${configLabel(collection)}“${title}”${draft}`,
    collection: collection.slug,
    documentId: String(doc.id),
    documentTitle: title,
    fields: operation === 'update' ? changedFields(doc, previousDoc) : null,
  })
  return doc
}

const recordDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (!byPerson(req)) return doc
  const title = documentTitle(doc)
  const everLive = doc.firstPublishedAt ? '（曾经上线，已下线）' : ''
  await recordEntry(req, {
    action: 'delete',
    summary: `删除${configLabel(collection)}“${title}”${everLive}`,
    collection: collection.slug,
    documentId: String(doc.id),
    documentTitle: title,
  })
  return doc
}

const recordSettings: GlobalAfterChangeHook = async ({ doc, global, previousDoc, req }) => {
  if (!byPerson(req)) return doc
  await recordEntry(req, {
    action: 'settings',
    summary: `修改${configLabel(global)}`,
    collection: global.slug,
    fields: changedFields(doc, previousDoc),
  })
  return doc
}

export function withAuditLog(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) =>
    NOT_RECORDED.has(collection.slug) ? collection : appendHooks(collection, { afterChange: [recordChange], afterDelete: [recordDelete] }),
  )
}

export function withAuditLogGlobals(globals: GlobalConfig[]): GlobalConfig[] {
  return globals.map((global) => appendHooks(global, { afterChange: [recordSettings] }))
}

/** Password resets write the account straight to the database, past the change hooks: recorded here. */
export const recordPasswordEvents: CollectionAfterOperationHook = async ({ args, operation, req, result }) => {
  if (operation === 'forgotPassword') {
    const email = String((args as { data?: { email?: unknown } }).data?.email ?? '').slice(0, 200)
    await recordEntry(req, { action: 'password', summary: '申请找回密码（发送重设链接）', actorEmail: email, actorName: null })
  }
  if (operation === 'resetPassword') {
    const user = (result as { user?: { email?: string; name?: string } } | undefined)?.user
    await recordEntry(req, {
      action: 'password',
      summary: '通过重设链接修改了密码',
      actorEmail: user?.email ?? null,
      actorName: user?.name ?? null,
    })
  }
  return result
}
