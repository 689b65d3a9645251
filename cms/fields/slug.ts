import type { ArrayField, FieldHook, TextField } from 'payload'
import { pinyin } from 'pinyin-pro'

import { nobody } from '../access/staffField'

/** Pinyin, lower case, words joined by hyphens: 郝景全 → hao-jing-quan. */
export function slugify(source: string): string {
  const latin = pinyin(source, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('-')
  return latin
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
}

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * A URL slug made from another field on first save and then left alone, so a published
 * link keeps working when the title is edited. Editors may still change it by hand.
 */
export function slugField(sourceField: string, overrides: { name?: string; label?: string } = {}): TextField {
  const fillFromSource: FieldHook = ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    if (typeof originalDoc?.slug === 'string' && originalDoc.slug !== '') return originalDoc.slug
    const source = data?.[sourceField] ?? originalDoc?.[sourceField]
    return typeof source === 'string' && source.trim() !== '' ? slugify(source) : value
  }
  return {
    name: 'slug',
    label: '网址别名',
    type: 'text',
    index: true,
    unique: true,
    admin: {
      position: 'sidebar',
      description: '网页地址中的名称，首次保存时按拼音自动生成，之后不随标题改变。',
    },
    // A copy gets its own slug from its title (Payload's default “… - Copy” is not a valid slug).
    hooks: { beforeValidate: [fillFromSource], beforeDuplicate: [() => null] },
    validate: (value: null | string | undefined) => {
      if (value == null || value === '') return true
      return SLUG_PATTERN.test(value) || '网址别名只能包含小写字母、数字和连字符（-），例如 hao-jing-quan。'
    },
    ...overrides,
  }
}

/** Slugs a published document had before; the site keeps redirecting them to the current one. */
export function previousSlugsField(): ArrayField {
  return {
    name: 'previousSlugs',
    label: '旧网址别名',
    type: 'array',
    // Kept by the system: another document's old address must not be claimed by hand.
    access: { create: nobody, update: nobody },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: '发布后改过的网址别名，旧链接会自动跳转到新网址。',
      // Shown only once there is one: an empty list was a large heading with nothing under it.
      condition: (data) => Array.isArray(data?.previousSlugs) && data.previousSlugs.length > 0,
    },
    labels: { singular: '旧网址别名', plural: '旧网址别名' },
    fields: [{ name: 'slug', label: '网址别名', type: 'text', required: true }],
  }
}
