/**
 * What every resident's record carries and the server alone writes (留言, 好人推荐, and the
 * forms to come): the 受理编号, the personal data found in it at intake, the dates, the
 * contact kept apart, the consent version, the purge date and the gate's hashes — and the
 * hook that fills them from the gate's pass, whatever a request sent.
 */
import type { CollectionAfterDeleteHook, CollectionBeforeChangeHook, Field, PayloadRequest } from 'payload'

import { NOTICE_VERSION, RETENTION_DAYS } from '../../../contract/participation'
import { relationId } from '../../../contract/relations'
import { findPrivateData, PRIVACY_LABELS } from '../../privacy/detector'
import { RESIDENT_WRITTEN, SERVER_ONLY } from '../access'
import { evidenceOf, passOf } from '../gate/gate'
import { newReference } from '../gate/receipt'
import { CONTACTS_SLUG } from './Contacts'

export const SYSTEM = { readOnly: true }
const DAY = 86_400_000
export const after = (from: Date, days: number) => new Date(from.getTime() + days * DAY)

/** The bookkeeping fields, after a collection's own. */
export const intakeFields = (): Field[] => [
  {
    name: 'privacyKinds',
    label: '含个人信息',
    type: 'select',
    hasMany: true,
    options: Object.entries(PRIVACY_LABELS).map(([value, label]) => ({ value, label })),
    admin: { ...SYSTEM, description: '提交时自动检查出的个人信息；公开之前必须去掉。' },
    access: RESIDENT_WRITTEN,
  },
  {
    name: 'contact',
    label: '联系方式',
    type: 'relationship',
    relationTo: CONTACTS_SLUG,
    maxDepth: 0,
    admin: { ...SYSTEM, description: '留了联系方式时，有权限的人员点开查看（查看会记入操作日志）。' },
    access: RESIDENT_WRITTEN,
  },
  { name: 'consentVersion', label: '同意的告知版本', type: 'text', admin: SYSTEM, access: RESIDENT_WRITTEN },
  { name: 'purgeAt', label: '到期删除', type: 'date', index: true, admin: SYSTEM, access: { update: () => false } },
  { name: 'deviceHash', type: 'text', index: true, admin: { hidden: true }, access: SERVER_ONLY },
  { name: 'receiptHash', type: 'text', unique: true, admin: { hidden: true }, access: SERVER_ONLY },
]

/** The 受理编号 field, first in a collection's list (its title). */
export const referenceField: Field = {
  name: 'reference',
  label: '受理编号',
  type: 'text',
  unique: true,
  admin: SYSTEM,
  access: RESIDENT_WRITTEN,
}
export const receivedAtField: Field = {
  name: 'receivedAt',
  label: '受理日期',
  type: 'date',
  index: true,
  admin: SYSTEM,
  access: RESIDENT_WRITTEN,
}

async function saveContact(req: PayloadRequest, now: Date): Promise<number | null> {
  const contact = evidenceOf(req)?.contact
  if (!contact?.contactName && !contact?.contactPhone) return null
  const made = await req.payload.create({
    collection: CONTACTS_SLUG,
    data: { ...contact, purgeAt: after(now, RETENTION_DAYS.contactAtMost).toISOString() },
    req,
    overrideAccess: true,
    depth: 0,
  })
  return made.id
}

export interface IntakeOptions {
  /** 受理编号's prefix: LY 留言, TJ 推荐. */
  prefix: string
  /** The resident's free text, for the privacy detector. */
  text: (data: Record<string, unknown>) => string
  /** Days the record is kept at most, closed or not; null for one kept (a survey's anonymous answers). */
  keepDays: number | null
  /** The collection's own server-written fields. */
  extra?: (req: PayloadRequest, now: Date) => Promise<Record<string, unknown>>
}

/** beforeChange of a resident's record: on creation, everything the server writes. */
export function fillIntake({ prefix, text, keepDays, extra }: IntakeOptions): CollectionBeforeChangeHook {
  return async ({ data, operation, req }) => {
    if (operation !== 'create') return data
    const pass = passOf(req)
    // gatedCreate refused already; this only keeps the types honest.
    if (!pass) throw new Error('a resident record without a gate pass')
    const now = new Date()
    return {
      ...data,
      ...(await extra?.(req, now)),
      reference: newReference(prefix, now),
      status: 'received',
      receivedAt: now.toISOString(),
      privacyKinds: [...new Set(findPrivateData(text(data)).map(({ kind }) => kind))],
      contact: await saveContact(req, now),
      consentVersion: NOTICE_VERSION,
      purgeAt: keepDays === null ? null : after(now, keepDays).toISOString(),
      deviceHash: pass.deviceHash,
      receiptHash: pass.receipt.hash,
    }
  }
}

/** A withdrawn or purged record takes its contact with it. */
export const forgetContact: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const id = relationId(doc?.contact)
  if (id === null) return doc
  await req.payload.delete({ collection: CONTACTS_SLUG, where: { id: { equals: id } }, req, overrideAccess: true })
  return doc
}
