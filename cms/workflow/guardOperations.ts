/**
 * What a reviewed collection's operations may do outside the workflow, in every channel
 * (REST, GraphQL, the Local API with access checked, bulk `where`): a save never touches
 * the live document, an old version comes back only as a new draft, and nobody without the
 * right probes other accounts through queries on the review record.
 */
import {
  APIError,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type Endpoint,
  type Field,
  restoreVersionOperation,
  type Where,
} from 'payload'

import { hasRole } from '../access/roles'
import { WORKFLOW_CONTEXT } from '../common/requestContext'
import { layoutFields } from '../fields/walk'

/**
 * Every save outside the workflow is stored as a draft version: the published document in
 * the main table, the one residents see, changes only through the workflow. Without this,
 * `PATCH {"_status":"draft"}` (no ?draft=true) overwrote a live document and took it down.
 */
export const keepWritesDraft: CollectionBeforeOperationHook = ({ args, context, operation }) => {
  if (context[WORKFLOW_CONTEXT]) return args
  if (operation === 'update') return { ...args, draft: true, publishAllLocales: false, unpublishAllLocales: false }
  if (operation === 'restoreVersion' && !(args as { draft?: boolean }).draft) {
    // The operation reads its draft flag before this hook runs, so it cannot be turned on here.
    throw new APIError('恢复旧版本只能恢复为草稿（draft=true），恢复后需重新提交审核，线上内容不受影响。', 403, { field: '_status' }, true)
  }
  return args
}

/** POST /api/<collection>/versions/:id — the admin's 恢复 button: always restored as a new draft. */
export const restoreAsDraftEndpoint: Endpoint = {
  path: '/versions/:id',
  method: 'post',
  handler: async (req) => {
    const collection = req.payload.collections[req.routeParams?.collection as CollectionSlug]
    if (!collection) return Response.json({ message: '请求地址不正确。' }, { status: 404 })
    // The operation itself: the Local API's restoreVersion drops the draft flag.
    const doc = await restoreVersionOperation({
      collection,
      id: String(req.routeParams?.id ?? ''),
      draft: true,
      depth: 0,
      overrideAccess: false,
      req,
    })
    return Response.json({ doc, message: '已将旧版本恢复为新的草稿，请重新提交审核；线上内容不变。' })
  },
}

/** Paths of the relationships to accounts in these fields (review.author, review.history.by). */
function accountPaths(fields: Field[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const nested = layoutFields(field)
    if (nested) return accountPaths(nested, prefix)
    if (!('name' in field)) return []
    const path = `${prefix}${field.name}`
    if ((field.type === 'relationship' || field.type === 'upload') && [field.relationTo].flat().includes('users')) return [path]
    if (field.type === 'group' || field.type === 'array') return accountPaths(field.fields, `${path}.`)
    return []
  })
}

const accountPathsOf = new WeakMap<Field[], string[]>()

/** Whether a query path reaches past an account's id (review.author.email; versions' version.review.author.email). */
const reachesIntoAccount = (accounts: string[], path: string) =>
  accounts.some((account) => {
    const rest = path.replace(/^version\./, '')
    return rest.startsWith(`${account}.`) && rest !== `${account}.id`
  })

/** Every path a query names, written as Payload reads it (`review__author__email` is `review.author.email`; AND/Or in any case). */
function queryPaths(where: Where | undefined, found: string[] = []): string[] {
  for (const [key, value] of Object.entries(where ?? {})) {
    if (/^(and|or)$/i.test(key) && Array.isArray(value)) for (const part of value) queryPaths(part as Where, found)
    else found.push(key.replaceAll('__', '.'))
  }
  return found
}

/**
 * Only administrators may filter or sort by fields of other accounts: an editor's
 * `where[review.author.email][like]=a` answered which addresses exist, letter by letter.
 */
export const refuseAccountProbes: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (!['read', 'count', 'findVersions', 'countVersions', 'readDistinct'].includes(operation) || hasRole(req.user, 'admin')) return args
  const accounts = accountPathsOf.get(collection.fields) ?? accountPaths(collection.fields)
  accountPathsOf.set(collection.fields, accounts)
  const { where, sort } = args as { where?: Where; sort?: string | string[] }
  const sorts = (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []).map((path) =>
    path.trim().replace(/^-/, '').replaceAll('__', '.'),
  )
  const probe = [...queryPaths(where), ...sorts].find((path) => reachesIntoAccount(accounts, path))
  if (probe) throw new APIError(`不能按“${probe}”查询或排序：其他账号的信息只有管理员可以查看。`, 403, { field: probe }, true)
  return args
}
