import { APIError, type CollectionBeforeOperationHook, type Where } from 'payload'

import { hasRole } from '../../../access/roles'

/**
 * An image that something public uses is live: a new file or new alt text, caption or
 * credit would reach residents without review. Editors replace it through review instead
 * (upload a new image and swap it in the draft); administrators may correct it.
 */
export const protectPublicImages: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update' || hasRole(req.user, 'admin')) return args
  const { id, where } = args as { id?: number | string; where?: Where }
  const scope: Where = id !== undefined ? { id: { equals: id } } : (where ?? {})
  const live = await req.payload.count({
    collection: 'media',
    where: { and: [scope, { publicUse: { equals: true } }] },
    overrideAccess: true,
    req,
  })
  if (live.totalDocs > 0) {
    throw new APIError(
      '这张图片已用在公开的内容里，改动会不经审核直接上线。请上传一张新图片，在稿件中替换后提交审核；如只需更正文字，请联系管理员。',
      403,
      // With data attached, Payload passes the message to the client as written.
      { field: 'file' },
      true,
    )
  }
  return args
}
