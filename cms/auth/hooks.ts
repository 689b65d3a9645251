/**
 * The account rules that Payload's auth operations do not know: passwords must pass the
 * policy whichever way they are set (creating an account, changing it, a reset link); the
 * throttles are counted for password-reset mails; sign-in goes only through the REST
 * endpoint that carries the throttles (loginEndpoint.ts); unlocking is an administrator's
 * act that also clears the throttles and is recorded.
 */
import { APIError, type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { hasRole } from '../access/roles'
import { recordEntry } from '../audit/record'
import { addressOf, throttleAddress } from '../server/clientAddress'
import { forgetAccount, takeInOrder } from './limits'
import { passwordProblem } from './passwordPolicy'

type AuthArgs = { data?: { email?: unknown; password?: unknown; name?: unknown }; id?: unknown }

/**
 * Whether the request may do what it asks at all: these hooks run before Payload's access
 * check, and must not answer (or look anything up) for someone who would be refused.
 */
function mayWrite(operation: string, id: unknown, user: { id: number; role?: string } | null | undefined): boolean {
  if (operation === 'resetPassword') return true
  if (hasRole(user as never, 'admin')) return true
  return operation === 'update' && user != null && String(user.id) === String(id)
}

export const refuseWeakPasswords: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (!['create', 'update', 'resetPassword'].includes(operation)) return args
  const { data, id } = args as AuthArgs
  if (typeof data?.password !== 'string' || !mayWrite(operation, id, req.user)) return args
  let account = { email: typeof data.email === 'string' ? data.email : null, name: typeof data.name === 'string' ? data.name : null }
  if (!account.email && (typeof id === 'number' || typeof id === 'string')) {
    const stored = await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req }).catch(() => null)
    account = { email: stored?.email ?? null, name: stored?.name ?? null }
  }
  const problem = passwordProblem(data.password, account)
  if (problem)
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'password', label: '密码', message: problem }], req }, req.t)
  return args
}

export const throttlePasswordResets: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'forgotPassword') return args
  const email = String((args as AuthArgs).data?.email ?? '')
    .trim()
    .toLowerCase()
  const address = throttleAddress(addressOf(req.headers))
  // Points are taken first, so a burst of parallel requests cannot all pass.
  const { wait } = await takeInOrder(req.payload, [
    ['resetPerAddress', address],
    ['resetPerAccount', email],
  ])
  if (wait > 0) throw new APIError(`找回密码的请求太频繁，请 ${Math.ceil(wait / 60)} 分钟后再试。`, 429, { field: 'email' }, true)
  return args
}

/** Sign-in through GraphQL would skip the throttles: the admin signs in through REST only. */
export const signInThroughRestOnly: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'login' && req.payloadAPI !== 'REST' && req.payloadAPI !== 'local') {
    throw new APIError('请通过管理后台的登录页面登录。', 403, { field: 'email' }, true)
  }
  return args
}

export const clearThrottlesOnUnlock: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  // Payload checks unlock access after this hook: only an administrator's unlock clears anything.
  if (operation !== 'unlock' || !hasRole(req.user, 'admin')) return args
  const email = String((args as AuthArgs).data?.email ?? '')
    .trim()
    .toLowerCase()
  await forgetAccount(req.payload, email)
  await recordEntry(req, { action: 'unlock', summary: `解锁账号 ${email}`, collection: 'users', documentTitle: email })
  return args
}
