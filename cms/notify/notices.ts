/**
 * Which notice a review step or a failed site update makes, and who gets it by mail:
 * work waiting at a level → that level's reviewers; 退回 and 发布 → the author; 申请下线 and
 * 网站更新失败 → the groups that hear them. Each person only if they chose that notice.
 */
import type { Payload, Where } from 'payload'

import type { ReviewedCollection } from '../../contract/collections'
import { config } from '../../contract/config'
import type { SiteBuild, User } from '../../contract/payload-types'
import { shortDateTime } from '../../contract/time'
import { configLabel, documentTitle } from '../common/documentTitle'
import type { Notice } from './events'
import { sendNotice } from './send'

export interface Step {
  collection: ReviewedCollection
  id: number
  action: string
  /** Whether it is now published. */
  published: boolean
  /** The review level it now waits at, and that level's name (初审, 复审, 终审); null when none. */
  waitingLevel: number | null
  waitingFor: string | null
  actor: Pick<User, 'name'>
}

const admin = (path: string) => `${config().cmsUrl}/admin/${path}`

async function people(payload: Payload, where: Where): Promise<Pick<User, 'email' | 'name'>[]> {
  const { docs } = await payload.find({ collection: 'users', where, depth: 0, limit: 200, overrideAccess: true })
  return docs
}

const wants = (event: string): Where => ({ notices: { in: [event] } })

/** The notice and its mail recipients for a step, or null when the step tells nobody. */
export async function noticeOfStep(payload: Payload, step: Step): Promise<{ notice: Notice; to: Where | null } | null> {
  const doc = (await payload.findByID({
    collection: step.collection,
    id: step.id,
    draft: true,
    depth: 0,
    overrideAccess: true,
  })) as unknown as Record<string, unknown> & { review?: { author?: number | { id: number } | null } }
  const what = `${configLabel(payload.collections[step.collection].config)}「${documentTitle(doc)}」`
  const link = admin(`collections/${step.collection}/${step.id}`)
  const author = typeof doc.review?.author === 'object' ? doc.review?.author?.id : doc.review?.author
  if (step.waitingLevel !== null) {
    const title = `${what}等待${step.waitingFor}`
    const line = `${step.actor.name}${step.action === 'submit' ? '提交了' : '通过了'}${what}，请${step.waitingFor}审核人处理。`
    return {
      notice: { event: 'waiting', title, line, link },
      to: { and: [{ role: { equals: 'reviewer' } }, { reviewLevel: { equals: step.waitingLevel } }, wants('waiting')] },
    }
  }
  const mine = (event: string): Where | null => (author ? { and: [{ id: { equals: author } }, wants(event)] } : null)
  if (step.action === 'reject')
    return {
      notice: { event: 'returned', title: `${what}被退回`, line: `${step.actor.name}退回了${what}，理由见后台审核记录。`, link },
      to: mine('returned'),
    }
  if ((step.action === 'approve' || step.action === 'publish-scheduled') && step.published) {
    const how = step.action === 'approve' ? '通过审核并已发布' : '已按预定时间发布'
    return {
      notice: { event: 'published', title: `${what}已发布`, line: `${what}${how}，几秒后出现在网站上。`, link },
      to: mine('published'),
    }
  }
  if (step.action === 'request-unpublish')
    return {
      notice: { event: 'takedown', title: `${what}申请下线`, line: `${step.actor.name}申请下线${what}，请终审或管理员处理。`, link },
      to: null,
    }
  return null
}

/** Sends what a review step should tell; never fails the step. */
export async function notifyStep(payload: Payload, step: Step): Promise<void> {
  try {
    const made = await noticeOfStep(payload, step)
    if (made) await sendNotice(payload, made.notice, made.to ? await people(payload, made.to) : [])
  } catch (error) {
    payload.logger.warn(`审核提醒没有发出：${(error as Error).message}`)
  }
}

/** A failed site update, told to the groups that hear 网站更新失败. */
export function notifyBuildFailed(payload: Payload, build: Pick<SiteBuild, 'id' | 'startedAt' | 'error'>): Promise<void> {
  return sendNotice(payload, {
    event: 'build-failed',
    title: '网站更新失败',
    line: `${shortDateTime(build.startedAt)} 开始的网站更新失败，线上网站保持不变。原因：${build.error ?? '未知'}`,
    link: admin(`collections/site-builds/${build.id}`),
  })
}
