import type { CollectionConfig, Endpoint, Where } from 'payload'
import { REVIEWED_COLLECTIONS } from '../../contract/collections'
import { SITE_BUILD_QUEUE } from '../../contract/queues'
import { staff } from '../access/staff'
import { notifyBuildFailed } from '../notify/notices'

/**
 * 上线记录: one entry per site build the publishing worker ran — when, why, how long, how
 * many files it rendered and reused, and the error if it failed. Written by the worker only.
 */
export const SiteBuilds: CollectionConfig = {
  slug: 'site-builds',
  labels: { singular: '上线记录', plural: '上线记录' },
  access: {
    read: staff,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  admin: {
    group: '系统',
    useAsTitle: 'startedAt',
    defaultColumns: ['startedAt', 'status', 'reason', 'durationMs', 'rendered', 'error'],
    description: '公众网站的每次更新：发布、下线、删除或修改网站设置后，系统会自动更新网站并记录在这里。',
  },
  defaultSort: '-startedAt',
  hooks: {
    // A failure is told to the groups that hear it (企业微信/钉钉), once, when it is recorded.
    afterChange: [
      ({ doc, previousDoc, req }) => {
        if (doc.status === 'failed' && previousDoc?.status !== 'failed') void notifyBuildFailed(req.payload, doc)
      },
    ],
  },
  timestamps: true,
  fields: [
    { name: 'buildId', label: '构建编号', type: 'text', index: true, admin: { hidden: true } },
    {
      name: 'status',
      label: '状态',
      type: 'select',
      required: true,
      index: true,
      options: [
        { label: '上线中', value: 'running' },
        { label: '已上线', value: 'live' },
        { label: '无变化', value: 'unchanged' },
        { label: '上线失败', value: 'failed' },
      ],
    },
    { name: 'reason', label: '原因', type: 'textarea' },
    {
      name: 'startedAt',
      label: '开始时间',
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'contentAsOf',
      label: '内容截至',
      type: 'date',
      index: true,
      admin: { description: '本次构建读取的已发布内容的时间点', date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'finishedAt', label: '完成时间', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'durationMs',
      label: '用时',
      type: 'number',
      admin: {
        components: { Cell: '/components/DurationCell#DurationCell', Field: '/components/DurationField#DurationField' },
      },
    },
    { name: 'files', label: '文件总数', type: 'number' },
    { name: 'rendered', label: '重新生成', type: 'number' },
    { name: 'reused', label: '未变化', type: 'number' },
    { name: 'removed', label: '删除', type: 'number' },
    {
      name: 'changed',
      label: '更新的页面和文件',
      type: 'json',
      admin: { components: { Field: '/components/ChangedPagesField#ChangedPagesField' }, disableListColumn: true },
    },
    {
      name: 'stages',
      label: '各阶段用时',
      type: 'json',
      admin: { components: { Field: '/components/BuildStagesField#BuildStagesField' }, disableListColumn: true },
    },
    { name: 'error', label: '错误', type: 'textarea' },
    // Which process ran the build: for whoever debugs the servers, not for the office.
    { name: 'worker', label: '执行进程', type: 'text', admin: { hidden: true } },
  ],
  endpoints: [
    {
      // GET /api/site-builds/status?collection=figures&id=1 — whether a document's published version is live.
      path: '/status',
      method: 'get',
      handler: async (req) => {
        if (!(await staff({ req }))) return Response.json({ message: '请先登录。' }, { status: 403 })
        const collection = String(req.query.collection ?? '')
        const id = Number(req.query.id)
        if (!(REVIEWED_COLLECTIONS as readonly string[]).includes(collection) || !Number.isInteger(id)) {
          return Response.json({ message: '参数错误。' }, { status: 400 })
        }
        return Response.json(await liveStatus(req.payload, collection, id))
      },
    } satisfies Endpoint,
    {
      // GET /api/site-builds/queue — site updates waiting and running right now.
      path: '/queue',
      method: 'get',
      handler: async (req) => {
        if (!(await staff({ req }))) return Response.json({ message: '请先登录。' }, { status: 403 })
        const where = (processing: boolean): Where => ({
          and: [
            { queue: { equals: SITE_BUILD_QUEUE } },
            { completedAt: { exists: false } },
            { hasError: { not_equals: true } },
            { processing: { equals: processing } },
          ],
        })
        const [waiting, running] = await Promise.all([
          req.payload.count({ collection: 'payload-jobs', where: where(false), overrideAccess: true }),
          req.payload.count({ collection: 'payload-jobs', where: where(true), overrideAccess: true }),
        ])
        return Response.json({ waiting: waiting.totalDocs, running: running.totalDocs })
      },
    } satisfies Endpoint,
  ],
}

export type LiveState = 'unpublished' | 'published' | 'building' | 'live' | 'failed' | 'down'

export interface LiveStatus {
  state: LiveState
  label: string
  at: string | null
  reason: string | null
}

/**
 * 已发布 → 上线中 → 已上线 / 上线失败, for the document's latest published change (or its
 * unpublishing): the first successful build that read content after it went out.
 */
export async function liveStatus(payload: import('payload').Payload, collection: string, id: number): Promise<LiveStatus> {
  const published = await payload.find({
    collection: collection as 'figures',
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    draft: false,
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const live = published.docs[0]
  let since: string
  if (live) {
    since = live.updatedAt
  } else {
    // Not published now: was it taken down (a published version exists in history)?
    const versions = await payload.findVersions({
      collection: collection as 'figures',
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const last = versions.docs[0]
    if (!last) return { state: 'unpublished', label: '未发布', at: null, reason: null }
    // The stored (non-draft) record changed last when it was taken down; draft edits since then do not touch it.
    const doc = await payload.findByID({ collection: collection as 'figures', id, draft: false, depth: 0, overrideAccess: true })
    since = doc.updatedAt
  }
  const after: Where = { contentAsOf: { greater_than_equal: since } }
  const [done, latest] = await Promise.all([
    payload.find({
      collection: 'site-builds',
      where: { and: [after, { status: { in: ['live', 'unchanged'] } }] },
      sort: 'finishedAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    }),
    payload.find({
      collection: 'site-builds',
      where: { startedAt: { greater_than_equal: since } },
      sort: '-startedAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    }),
  ])
  const first = done.docs[0]
  if (first) {
    return live
      ? { state: 'live', label: '已上线', at: first.finishedAt ?? null, reason: null }
      : { state: 'down', label: '已从网站撤下', at: first.finishedAt ?? null, reason: null }
  }
  const current = latest.docs[0]
  if (current?.status === 'failed')
    return { state: 'failed', label: '上线失败', at: current.finishedAt ?? null, reason: current.error ?? null }
  if (current?.status === 'running') return { state: 'building', label: '上线中', at: current.startedAt, reason: null }
  return { state: 'published', label: live ? '已发布，等待上线' : '已下线，等待从网站撤下', at: since, reason: null }
}
