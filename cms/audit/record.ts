/**
 * Writes one 操作日志 entry, inside the request's transaction when there is one: an entry
 * is committed with the change it records, or not at all.
 */
import type { PayloadRequest } from 'payload'
import type { AuditLog } from '../../contract/payload-types'
import { addressOf } from '../server/clientAddress'

export type AuditEntry = Pick<AuditLog, 'action' | 'summary'> &
  Partial<Pick<AuditLog, 'collection' | 'documentId' | 'documentTitle' | 'fields' | 'reason' | 'actorName' | 'actorEmail'>>

const CHANNELS: Record<string, string> = { REST: '接口', GraphQL: 'GraphQL 接口', local: '系统' }

export async function recordEntry(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  const user = req.user
  await req.payload.create({
    collection: 'audit-log',
    data: {
      actorId: user?.id ?? null,
      actorName: user?.name ?? (user ? null : '系统'),
      actorEmail: user?.email ?? null,
      ...entry,
      address: req.headers ? addressOf(req.headers) : null,
      userAgent: req.headers?.get('user-agent')?.slice(0, 300) ?? null,
      channel: CHANNELS[req.payloadAPI] ?? req.payloadAPI,
    },
    overrideAccess: true,
    req,
  })
}

const SIGN_IN: Record<'success' | 'failure' | 'refused', { action: AuditEntry['action']; summary: string }> = {
  success: { action: 'sign-in', summary: '登录成功' },
  failure: { action: 'sign-in-failed', summary: '登录失败：邮箱或密码不正确' },
  refused: { action: 'sign-in-refused', summary: '登录被拒：失败次数过多，锁定中' },
}

/** A sign-in attempt, named by the address typed (the account may not exist). */
export async function recordSignIn(
  req: PayloadRequest,
  email: string,
  outcome: keyof typeof SIGN_IN,
  name: string | null = null,
): Promise<void> {
  await recordEntry(req, { ...SIGN_IN[outcome], actorEmail: email.slice(0, 200), actorName: name })
}
