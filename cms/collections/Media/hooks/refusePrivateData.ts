import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { loadAllowList } from '../../../privacy/allowList'
import { findPrivateData, maskPrivateData, PRIVACY_LABELS } from '../../../privacy/detector'

const FIELDS = [
  ['alt', '替代文字'],
  ['caption', '图片说明'],
  ['credit', '图片来源'],
  ['filename', '文件名'],
] as const

/**
 * Images are not reviewed one by one, and a published page shows an image's alt text,
 * caption, credit and file name as soon as it is saved: a resident's phone number, ID
 * number or home address in them is refused at once, with the field named.
 */
export const refusePrivateData: CollectionBeforeValidateHook = async ({ collection, data, req }) => {
  if (!data) return data
  const values: Record<string, unknown> = { ...data, filename: data.filename ?? req.file?.name }
  const allowed = await loadAllowList(req.payload)
  const errors = FIELDS.flatMap(([name, label]) => {
    const text = values[name]
    if (typeof text !== 'string') return []
    return findPrivateData(text, { allowed }).map((finding) => ({
      path: name === 'filename' ? 'file' : name,
      label,
      message: `${label}中有居民的${PRIVACY_LABELS[finding.kind]}“${finding.text}”，不能公开。请删除或改为 ${maskPrivateData(finding.text)}。`,
    }))
  })
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
  return data
}
