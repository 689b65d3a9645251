/**
 * 联系方式: the name and phone a resident left for a reply, kept apart from what they
 * wrote. Only administrators and the people they name read it; lists show it masked, and
 * each full view is written to the 操作日志 (without the values). It goes at its purge
 * date (RETENTION_DAYS) or with its item.
 */
import type { CollectionAfterReadHook, CollectionConfig } from 'payload'

import { maskName, maskPhone } from '../../../contract/masks'
import { recordEntry } from '../../audit/record'
import { contactReaders, seesContacts } from '../access'
import { alongsideGated } from '../gate/gate'

export const CONTACTS_SLUG = 'participation-contacts'

/** 王**, 138****5678 (contract/masks.ts: the printed 台账 masks the same way). */
export { maskName, maskPhone }

const maskInLists: CollectionAfterReadHook = async ({ doc, findMany, req }) => {
  if (findMany) {
    return {
      ...doc,
      contactName: doc.contactName ? maskName(doc.contactName) : doc.contactName,
      contactPhone: doc.contactPhone ? maskPhone(doc.contactPhone) : doc.contactPhone,
    }
  }
  if (req.user && seesContacts(req.user)) {
    await recordEntry(req, {
      action: 'read-contact',
      summary: `查看居民联系方式（编号 ${doc.id}）`,
      collection: CONTACTS_SLUG,
      documentId: String(doc.id),
      documentTitle: `联系方式 ${doc.id}`,
    })
  }
  return doc
}

export const Contacts: CollectionConfig = {
  slug: CONTACTS_SLUG,
  labels: { singular: '居民联系方式', plural: '居民联系方式' },
  access: { read: contactReaders, create: () => false, update: () => false, delete: () => false },
  admin: {
    group: '居民参与',
    defaultColumns: ['id', 'contactName', 'contactPhone', 'purgeAt'],
    hidden: ({ user }) => !seesContacts(user as never),
    description: '居民留下的联系方式，仅用于回复。列表中已打码；打开单条查看完整内容，会记入操作日志。到期自动删除。',
  },
  hooks: { beforeOperation: [alongsideGated], afterRead: [maskInLists] },
  fields: [
    { name: 'contactName', label: '称呼', type: 'text', maxLength: 20 },
    { name: 'contactPhone', label: '联系电话', type: 'text', maxLength: 20 },
    { name: 'purgeAt', label: '到期删除', type: 'date', index: true, admin: { readOnly: true } },
  ],
}
