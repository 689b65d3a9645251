/**
 * The 工作台 of each role, as data: which lists a person sees when they sign in.
 * 审核人: 待我审核 (oldest first, overdue marked), 申请下线 for the last level; 编辑: 我的稿件 by
 * state; everyone on staff: 即将定时发布 and the last site updates; 社区工作者: 我的片区;
 * 阵地工作人员 and 队长: their 课单 and the week's events (orders.ts).
 */
import type { Where } from 'payload'

import type { ReviewedCollection } from '../../contract/collections'
import type { User } from '../../contract/payload-types'
import { levelLabel } from '../workflow/states'
import { stationSections, teamSections } from './orders'
import { findWork, type Lookup, type Section, type WorkItem } from './work'

export type { Section } from './work'

const pendingAt = (level: number): Where => ({ 'review.state': { equals: `pending-${level}` } })

async function reviewQueue(lookup: Lookup, levels: number): Promise<Section> {
  const { user } = lookup
  const own = user.role === 'reviewer' ? (user.reviewLevel ?? 1) : null
  const where: Where = own ? pendingAt(own) : { 'review.state': { in: ['pending-1', 'pending-2', 'pending-3'] } }
  return {
    key: 'queue',
    title: own ? `待我审核（${levelLabel(own)}）` : `待审核（共 ${levels} 级）`,
    empty: '没有等待审核的稿件。',
    items: await findWork(lookup, where),
  }
}

async function takedowns(lookup: Lookup): Promise<Section> {
  return {
    key: 'takedowns',
    title: '申请下线',
    empty: '没有待处理的下线申请。',
    items: await findWork(lookup, { 'review.takedown.requestedAt': { exists: true } }),
  }
}

async function scheduled(lookup: Lookup): Promise<Section> {
  const items = await findWork(lookup, { 'review.state': { equals: 'scheduled' } })
  items.sort((a, b) => (a.publishAt ?? '').localeCompare(b.publishAt ?? ''))
  return { key: 'scheduled', title: '即将定时发布', empty: '没有定时发布的稿件。', items }
}

const MY_GROUPS: { key: string; title: string; empty: string; test: (item: WorkItem) => boolean }[] = [
  { key: 'mine-rejected', title: '我的稿件 · 被退回', empty: '没有被退回的稿件。', test: (i) => i.status === '被退回' },
  { key: 'mine-draft', title: '我的稿件 · 草稿', empty: '没有未提交的草稿。', test: (i) => i.status === '草稿' },
  { key: 'mine-pending', title: '我的稿件 · 审核中', empty: '没有审核中的稿件。', test: (i) => i.status.startsWith('审核中') },
  {
    key: 'mine-published',
    title: '我的稿件 · 已发布',
    empty: '还没有发布的稿件。',
    test: (i) => i.status === '已发布' || i.status.startsWith('已通过'),
  },
]

async function myWork(lookup: Lookup): Promise<Section[]> {
  const mine = await findWork(lookup, { 'review.author': { equals: lookup.user.id } })
  return MY_GROUPS.map(({ key, title, empty, test }) => ({ key, title, empty, items: mine.filter(test) }))
}

function areaId(user: User): number | null {
  if (user.area == null) return null
  return typeof user.area === 'object' ? user.area.id : user.area
}

async function myArea(lookup: Lookup): Promise<Section[]> {
  const area = areaId(lookup.user)
  const fieldOf = (collection: ReviewedCollection) =>
    lookup.payload.collections[collection].config.fields.some((f) => 'name' in f && f.name === 'areas') ? 'areas' : 'area'
  const items = area === null ? [] : await findWork(lookup, (collection): Where => ({ [fieldOf(collection)]: { in: [area] } }))
  const newestFirst = items.reverse()
  const noArea = '账号还没有设置负责区域，请联系管理员。'
  return [
    {
      key: 'area-published',
      title: '我的片区 · 已发布',
      empty: area === null ? noArea : '本片区还没有发布的内容。',
      items: newestFirst.filter((item) => item.status === '已发布'),
    },
    {
      key: 'area-drafts',
      title: '我的片区 · 未发布（仅供预览）',
      empty: area === null ? noArea : '本片区没有未发布的稿件。',
      items: newestFirst.filter((item) => item.status !== '已发布'),
    },
  ]
}

/** The lists of `lookup.user`'s 工作台, in the order shown. */
export async function sectionsFor(lookup: Lookup, levels: number): Promise<Section[]> {
  const { user } = lookup
  switch (user.role) {
    case 'reviewer': {
      const last = (user.reviewLevel ?? 1) >= levels
      return [await reviewQueue(lookup, levels), ...(last ? [await takedowns(lookup)] : []), await scheduled(lookup)]
    }
    case 'editor':
      return [...(await myWork(lookup)), await scheduled(lookup)]
    case 'admin':
      return [await reviewQueue(lookup, levels), await takedowns(lookup), await scheduled(lookup)]
    case 'station':
      return stationSections(lookup)
    case 'teamLeader':
      return teamSections(lookup)
    default:
      return myArea(lookup)
  }
}
