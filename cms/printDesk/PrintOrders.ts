/**
 * 印刷包 (the print desk): a community worker (or anyone on staff) picks published items and
 * products with quantities; the site worker (ops/printOrders.ts) makes one ZIP of the
 * print-shop files and a one-page 印制单 in the background, reporting progress here. Each
 * person sees their own orders; administrators see all. Only the published version of an
 * item can be ordered: the order keeps which version (its publishing time), so the desk can
 * say "已更新，需重印" when it has changed since.
 */
import type { Access, CollectionConfig } from 'payload'

import { ORDER_COLLECTIONS, ORDER_PRODUCT_LABELS, ORDER_PRODUCTS } from '../../contract/print'
import { hasRole } from '../access/roles'
import { checkOrder, forgetPack, ORDER_LIMITS } from './checkOrder'
import { downloadEndpoint } from './download'

const signedIn: Access = ({ req: { user } }) => Boolean(user)
/** Own orders; administrators all. */
const ownOrAdmin: Access = ({ req: { user } }) => (user ? (hasRole(user, 'admin') ? true : { orderedBy: { equals: user.id } }) : false)
/** Written by the server (checkOrder overwrites whatever a request sent) and the worker only. */
const SYSTEM = { readOnly: true }

const KINDS: Record<(typeof ORDER_COLLECTIONS)[number], string> = {
  figures: '人物',
  streets: '特色街巷',
  places: '文明实践阵地',
  handbooks: '手册',
}

const PRODUCTS = [...new Set(Object.values(ORDER_PRODUCTS).flat())].map((value) => ({ value, label: ORDER_PRODUCT_LABELS[value] }))

export const PrintOrders: CollectionConfig = {
  slug: 'print-orders',
  labels: { singular: '印刷包', plural: '印刷包' },
  access: { read: ownOrAdmin, create: signedIn, update: () => false, delete: ownOrAdmin },
  admin: {
    group: '印刷',
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'orderedBy', 'createdAt'],
    description: '在“印刷台”挑选已发布的内容和印刷品，系统打包成一个压缩包（含印制单）。',
  },
  defaultSort: '-createdAt',
  hooks: { beforeOperation: [checkOrder], afterDelete: [forgetPack] },
  endpoints: [downloadEndpoint],
  fields: [
    { name: 'title', label: '印刷包', type: 'text', admin: SYSTEM },
    { name: 'orderedBy', label: '下单人', type: 'relationship', relationTo: 'users', admin: SYSTEM },
    { name: 'orderedByName', label: '下单人姓名', type: 'text', admin: { ...SYSTEM, hidden: true } },
    {
      name: 'items',
      label: '印刷内容',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: ORDER_LIMITS.items,
      fields: [
        {
          name: 'collection',
          label: '类别',
          type: 'select',
          required: true,
          options: ORDER_COLLECTIONS.map((value) => ({ value, label: KINDS[value] })),
        },
        { name: 'doc', label: '内容编号', type: 'number', required: true },
        { name: 'product', label: '印刷品', type: 'select', required: true, options: PRODUCTS },
        { name: 'quantity', label: '数量', type: 'number', required: true, min: 1, max: ORDER_LIMITS.copies },
        { name: 'cmyk', label: '印刷厂用 CMYK 版', type: 'checkbox', defaultValue: true },
        // Filled by the server from the published version, never taken from the request.
        { name: 'name', label: '名称', type: 'text' },
        { name: 'slug', label: '网址', type: 'text', admin: { hidden: true } },
        { name: 'version', label: '版本（发布时间）', type: 'date' },
      ],
    },
    { name: 'note', label: '备注（交付、张贴地点等）', type: 'textarea', maxLength: 500 },
    {
      name: 'status',
      label: '状态',
      type: 'select',
      defaultValue: 'queued',
      index: true,
      admin: SYSTEM,
      options: [
        { value: 'queued', label: '排队中' },
        { value: 'running', label: '正在生成' },
        { value: 'done', label: '可以下载' },
        { value: 'failed', label: '生成失败' },
      ],
    },
    { name: 'done', label: '已完成的文件', type: 'number', defaultValue: 0, admin: SYSTEM },
    { name: 'total', label: '文件总数', type: 'number', defaultValue: 0, admin: SYSTEM },
    { name: 'heartbeat', label: '进度更新时间', type: 'date', admin: { ...SYSTEM, hidden: true } },
    { name: 'bytes', label: '压缩包大小', type: 'number', admin: SYSTEM },
    { name: 'error', label: '失败原因', type: 'textarea', admin: SYSTEM },
    { name: 'finishedAt', label: '完成时间', type: 'date', admin: SYSTEM },
  ],
}
