import { LinkFeature } from '@payloadcms/richtext-lexical'
import { type CollectionBeforeValidateHook, type CollectionConfig, type Field, ValidationError } from 'payload'
import type { LexicalNode } from '../../contract/lexical'
import { isSafeLinkUrl } from '../../contract/vocabulary'
import { someField } from '../fields/walk'
import { appendHooks } from './appendHooks'

/**
 * Links in rich text go only where isSafeLinkUrl allows. The site renders the rest inert,
 * but the API hands rich text to any client as stored, so such a link is refused when saved.
 */
export const UNSAFE_LINK_MESSAGE = '链接地址只能是 http:// 或 https:// 开头的网址、mailto: 邮箱、tel: 电话，或以 / 开头的本站地址。'

/** The link drawer's own check, so the editor sees the rule while typing the link. */
export function validateLinkUrl(value: unknown, { siblingData }: { siblingData?: { linkType?: string } }): true | string {
  if (siblingData?.linkType === 'internal') return true
  return isSafeLinkUrl(value) || UNSAFE_LINK_MESSAGE
}

/** The editor's link feature with that check on its address field. */
const safeLinkFeature = LinkFeature({
  fields: ({ defaultFields }) =>
    defaultFields.map((field) => (field.name === 'url' ? ({ ...field, validate: validateLinkUrl } as Field) : field)),
})

/** An editor's features with the link feature replaced by the checked one. */
export function withSafeLinkFeature<F extends { key: string }>(features: F[]): (F | typeof safeLinkFeature)[] {
  return [...features.filter((feature) => feature.key !== 'link'), safeLinkFeature]
}

/** The first unsafe link URL anywhere under `value` (rich text inside groups and arrays too). */
function unsafeLink(value: unknown, depth = 0): string | null {
  if (!value || typeof value !== 'object') return null
  // Deeper than any editor nests: refused rather than left unchecked.
  if (depth > 60) return '（嵌套过深的内容）'
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = unsafeLink(item, depth + 1)
      if (found !== null) return found
    }
    return null
  }
  const node = value as LexicalNode
  // An internal link points at a document and has no address; one that carries an address anyway is checked too.
  const url = node.fields?.url
  const internal = node.fields?.linkType === 'internal' && (url === undefined || url === null || url === '')
  if ((node.type === 'link' || node.type === 'autolink') && !internal && !isSafeLinkUrl(url)) return String(url ?? '')
  // An address outside `fields` is not the editor's link: a client put it there; refused unless safe.
  const stray = (node as { url?: unknown }).url
  if ((node.type === 'link' || node.type === 'autolink') && stray !== undefined && !isSafeLinkUrl(stray)) return String(stray)
  for (const child of Object.values(value)) {
    const found = unsafeLink(child, depth + 1)
    if (found !== null) return found
  }
  return null
}

export const refuseUnsafeLinks: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  if (!data) return data
  for (const [field, value] of Object.entries(data)) {
    const url = unsafeLink(value)
    if (url === null) continue
    const config = collection.fields.find((candidate) => 'name' in candidate && candidate.name === field)
    const label = config && 'label' in config && typeof config.label === 'string' ? config.label : field
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: [{ path: field, label, message: `链接“${url.slice(0, 60)}”不能使用。${UNSAFE_LINK_MESSAGE}` }],
        req,
      },
      req.t,
    )
  }
  return data
}

const hasRichText = (fields: CollectionConfig['fields']): boolean => someField(fields, (field) => field.type === 'richText')

/** Adds the check to every collection that has rich text. */
export function withSafeLinks(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) =>
    hasRichText(collection.fields) ? appendHooks(collection, { beforeValidate: [refuseUnsafeLinks] }) : collection,
  )
}
