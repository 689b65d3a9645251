import type { CollectionConfig } from 'payload'

import { config } from '../../contract/config'

import { admin } from '../access/admin'
import { hasRole } from '../access/roles'
import { recordPasswordEvents } from '../audit/hooks'
import { clearThrottlesOnUnlock, refuseWeakPasswords, signInThroughRestOnly, throttlePasswordResets } from '../auth/hooks'
import { unblockAddressEndpoint } from '../auth/lockedAccounts'
import { loginEndpoint } from '../auth/loginEndpoint'
import { resetHtml, resetSubject } from '../mail/resetMail'
import { PERSONAL_EVENTS } from '../notify/events'

export const ROLES = [
  { value: 'admin', label: '管理员' },
  { value: 'editor', label: '编辑' },
  { value: 'reviewer', label: '审核' },
  { value: 'community', label: '社区工作者' },
  { value: 'station', label: '阵地工作人员' },
  { value: 'teamLeader', label: '志愿队长' },
] as const

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: '用户', plural: '用户' },
  access: {
    // Administrators manage accounts; everyone else sees and edits only their own.
    read: ({ req: { user } }) => (hasRole(user, 'admin') ? true : user ? { id: { equals: user.id } } : false),
    create: admin,
    update: ({ req: { user } }) => (hasRole(user, 'admin') ? true : user ? { id: { equals: user.id } } : false),
    delete: admin,
    unlock: admin,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'reviewLevel', 'area'],
    group: '系统',
  },
  auth: {
    // The lockouts are the throttles of auth/limits.ts (per account and address, per
    // account, per address), which count an unknown address exactly like a real one.
    // Payload's own counter never forgets a failure and exists only for real accounts, so
    // its lock would tell them apart: it is off.
    maxLoginAttempts: 0,
    // The reset link is good for an hour; the mail is Chinese and names the platform.
    forgotPassword: { expiration: 3_600_000, generateEmailSubject: resetSubject, generateEmailHTML: resetHtml },
    cookies: {
      // Served over HTTPS (CMS_URL https://…, TLS ended at the reverse proxy), the session
      // cookie is Secure: a browser never sends it over plain HTTP. On http://localhost it
      // cannot be, or no one could sign in.
      secure: config().cmsUrl.startsWith('https://'),
      sameSite: 'Lax',
    },
  },
  endpoints: [loginEndpoint, unblockAddressEndpoint],
  hooks: {
    beforeOperation: [signInThroughRestOnly, refuseWeakPasswords, throttlePasswordResets, clearThrottlesOnUnlock],
    afterOperation: [recordPasswordEvents],
  },
  fields: [
    {
      name: 'name',
      label: '姓名',
      type: 'text',
      required: true,
      // The name signs every review step and 操作日志 entry: only an administrator changes it.
      access: { update: ({ req: { user } }) => hasRole(user, 'admin') },
    },
    {
      name: 'role',
      label: '角色',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      options: ROLES.map(({ value, label }) => ({ value, label })),
      access: { update: ({ req: { user } }) => hasRole(user, 'admin') },
    },
    {
      name: 'reviewLevel',
      label: '审核级别',
      type: 'number',
      min: 1,
      max: 3,
      admin: {
        condition: (data) => data?.role === 'reviewer',
        description: '初审、复审、终审依次把关；站点要求几级审核，在网站设置中设定。',
        components: { Field: '/components/ReviewLevelField#ReviewLevelField', Cell: '/components/ReviewLevelCell#ReviewLevelCell' },
      },
      access: { update: ({ req: { user } }) => hasRole(user, 'admin') },
      validate: (value: null | number | undefined, { siblingData }: { siblingData: Partial<{ role: string }> }) =>
        siblingData.role !== 'reviewer' || (value != null && value >= 1 && value <= 3) || '审核人必须设置审核级别（初审、复审或终审）。',
    },
    {
      name: 'notices',
      label: '邮件提醒',
      type: 'select',
      hasMany: true,
      defaultValue: PERSONAL_EVENTS.map(({ value }) => value),
      options: PERSONAL_EVENTS.map(({ value, label }) => ({ value, label })),
      admin: { description: '选择要通过邮件收到的提醒；全部取消则不收邮件。' },
    },
    {
      name: 'area',
      label: '负责区域',
      type: 'relationship',
      relationTo: 'areas',
      admin: { condition: (data) => data?.role === 'community', description: '社区工作者可预览本区域的草稿。' },
      access: { update: ({ req: { user } }) => hasRole(user, 'admin') },
    },
    {
      name: 'places',
      label: '负责阵地',
      type: 'relationship',
      relationTo: 'places',
      hasMany: true,
      admin: {
        condition: (data) => data?.role === 'station',
        description: '新时代文明实践中心、所、站、点或园：只处理这些阵地的课单、点单和活动。',
      },
      access: { update: ({ req: { user } }) => hasRole(user, 'admin') },
      validate: (value: unknown, { siblingData }: { siblingData: Partial<{ role: string }> }) =>
        siblingData.role !== 'station' || (Array.isArray(value) && value.length > 0) || '阵地工作人员至少要负责一个阵地。',
    },
    {
      name: 'team',
      label: '所带队伍',
      type: 'relationship',
      relationTo: 'volunteer-teams',
      admin: { condition: (data) => data?.role === 'teamLeader', description: '志愿队长只看到派给本队的课单，看不到居民的联系方式。' },
      access: { update: ({ req: { user } }) => hasRole(user, 'admin') },
      validate: (value: unknown, { siblingData }: { siblingData: Partial<{ role: string }> }) =>
        siblingData.role !== 'teamLeader' || value != null || '志愿队长要选择所带的志愿服务队。',
    },
    {
      name: 'seesContacts',
      label: '可查看居民联系方式',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: '居民留言、推荐时留下的姓名和电话（个人信息）。只给需要回复居民的人勾选；管理员始终可以查看。' },
      access: { create: ({ req: { user } }) => hasRole(user, 'admin'), update: ({ req: { user } }) => hasRole(user, 'admin') },
    },
  ],
}
