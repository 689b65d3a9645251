/**
 * 活动报名: one person's place at an event — made online through the participation gate
 * (its receipt code is the 报名码), typed in by staff, or entered from the paper sign-in
 * sheet. The server decides the state under a lock on the event (已报名 while places are
 * left, else 候补, first come first served); a cancellation gives the place to the first
 * waiting. Name and phone (volunteers must leave them, for the hours) live apart in
 * participation-contacts and go with the retention purge; the state stays for the counts.
 * Station staff read their own places' sign-ups; nobody edits one through the API.
 */
import type { CollectionConfig } from 'payload'

import { CHECKIN_METHODS, EVENT_LIMITS, SIGNUP_CHANNELS, SIGNUP_STATES } from '../../../contract/events'
import { admin } from '../../access/admin'
import { inOwnPlaces } from '../../access/stations'
import { RESIDENT_WRITTEN, SERVER_ONLY } from '../access'
import { CONTACTS_SLUG } from '../collections/Contacts'
import { forgetContact, receivedAtField, referenceField, SYSTEM } from '../collections/intake'
import { fillSignup, gatedOrStaff } from './signupHooks'

export const SIGNUPS_SLUG = 'event-signups'

const SERVER_WRITTEN = { ...SYSTEM }
const options = (list: readonly { value: string; label: string }[]) => list.map(({ value, label }) => ({ value, label }))

export const EventSignups: CollectionConfig = {
  slug: SIGNUPS_SLUG,
  labels: { singular: '活动报名', plural: '活动报名' },
  access: { read: inOwnPlaces('place'), create: () => false, update: () => false, delete: admin },
  admin: {
    group: '居民参与',
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'event', 'state', 'channel', 'volunteer', 'receivedAt', 'checkedInAt'],
    description: '居民的活动报名（满员后候补，取消后由候补第一位递补）。状态由系统记录，不能手工修改；联系方式单独保存。',
  },
  defaultSort: '-receivedAt',
  hooks: { beforeOperation: [gatedOrStaff], beforeChange: [fillSignup], afterDelete: [forgetContact] },
  fields: [
    referenceField,
    {
      name: 'event',
      label: '活动',
      type: 'relationship',
      relationTo: 'events',
      required: true,
      index: true,
      maxDepth: 0,
      access: RESIDENT_WRITTEN,
    },
    {
      name: 'place',
      label: '活动地点',
      type: 'relationship',
      relationTo: 'places',
      index: true,
      maxDepth: 0,
      admin: SERVER_WRITTEN,
      access: RESIDENT_WRITTEN,
    },
    {
      name: 'state',
      label: '状态',
      type: 'select',
      required: true,
      index: true,
      options: options(SIGNUP_STATES),
      admin: SERVER_WRITTEN,
      access: RESIDENT_WRITTEN,
    },
    {
      name: 'channel',
      label: '报名方式',
      type: 'select',
      required: true,
      options: options(SIGNUP_CHANNELS),
      admin: SERVER_WRITTEN,
      access: RESIDENT_WRITTEN,
    },
    { name: 'volunteer', label: '志愿者', type: 'checkbox', defaultValue: false, access: RESIDENT_WRITTEN },
    { name: 'team', label: '志愿服务队', type: 'text', maxLength: EVENT_LIMITS.team, access: RESIDENT_WRITTEN },
    receivedAtField,
    { name: 'promotedAt', label: '候补转正时间', type: 'date', admin: SERVER_WRITTEN, access: RESIDENT_WRITTEN },
    { name: 'cancelledAt', label: '取消时间', type: 'date', admin: SERVER_WRITTEN, access: RESIDENT_WRITTEN },
    { name: 'checkedInAt', label: '签到时间', type: 'date', index: true, admin: SERVER_WRITTEN, access: RESIDENT_WRITTEN },
    {
      name: 'checkInMethod',
      label: '签到方式',
      type: 'select',
      options: options(CHECKIN_METHODS),
      admin: SERVER_WRITTEN,
      access: RESIDENT_WRITTEN,
    },
    {
      name: 'enteredBy',
      label: '录入人员',
      type: 'relationship',
      relationTo: 'users',
      maxDepth: 0,
      admin: SERVER_WRITTEN,
      access: RESIDENT_WRITTEN,
    },
    {
      name: 'contact',
      label: '联系方式',
      type: 'relationship',
      relationTo: CONTACTS_SLUG,
      maxDepth: 0,
      admin: { ...SYSTEM, description: '志愿者的姓名和电话（用于志愿服务时长），有权限的人员点开查看。' },
      access: RESIDENT_WRITTEN,
    },
    { name: 'consentVersion', label: '同意的告知版本', type: 'text', admin: SYSTEM, access: RESIDENT_WRITTEN },
    { name: 'purgeAt', label: '联系方式到期删除', type: 'date', index: true, admin: SYSTEM, access: RESIDENT_WRITTEN },
    { name: 'deviceHash', type: 'text', index: true, admin: { hidden: true }, access: SERVER_ONLY },
    { name: 'receiptHash', type: 'text', unique: true, admin: { hidden: true }, access: SERVER_ONLY },
  ],
}
