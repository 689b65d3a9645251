/**
 * Valid documents for tests, in one place: a draft of each reviewed collection that the CMS
 * accepts, with `label` in every text field (so a probe can look for it anywhere it might
 * leak) and the area given.
 */
import { paragraphs } from '../../cms/seed/richText.ts'
import type { ReviewedCollection } from '../../contract/collections.ts'

export interface DraftOptions {
  label: string
  area: number
  /** Handbooks: the published figure their one section shows. */
  figure?: number
  /** Replies: the department that answers. */
  department?: number
  /** 评选: at least two published figures, its candidates. */
  candidates?: number[]
  /** 活动: the place it is held at (its area comes from the place); 课单: the place that offers it. */
  place?: number
}

/** The fields of a valid draft of `collection` (without `_status`). */
export function validDraft(
  collection: ReviewedCollection,
  { label, area, figure, department, candidates, place }: DraftOptions,
): Record<string, unknown> {
  switch (collection) {
    case 'figures':
      return {
        name: `人物${label}`,
        honourTitle: `称号${label}`,
        honourKind: 'good-neighbour',
        area,
        summary: `简介${label}`,
        story: paragraphs([`事迹${label}`]),
      }
    case 'streets':
      return {
        name: `街巷${label}`,
        officialName: `巷${label}`,
        theme: '诚信',
        summary: `简介${label}`,
        location: { address: `地址${label}` },
        area,
      }
    case 'places':
      return { name: `阵地${label}`, level: 'station', summary: `简介${label}`, location: { address: `地址${label}` }, area }
    case 'articles':
      return {
        title: `文章${label}`,
        lead: `导语${label}`,
        column: 'notices',
        source: '测试',
        body: paragraphs([`正文${label}`]),
        areas: [area],
      }
    case 'regulations':
      return {
        title: `条例${label}`,
        issuingBody: '测试机关',
        legalStatus: 'in-force',
        sourceText: `第一条 条文${label}。\n第二条 温馨${label}。`,
        area,
      }
    case 'handbooks':
      if (figure === undefined) throw new Error('validDraft(handbooks) needs a published figure for its section')
      return { title: `手册${label}`, trimSize: 'a5', sections: [{ item: { relationTo: 'figures', value: figure } }], area }
    case 'replies':
      if (department === undefined) throw new Error('validDraft(replies) needs a department')
      return {
        title: `答复${label}`,
        kind: 'consult',
        department,
        question: `留言${label}`,
        reply: `答复内容${label}`,
        receivedAt: '2026-11-02T02:00:00.000Z',
        repliedAt: '2026-11-05T02:00:00.000Z',
        area,
      }
    case 'surveys':
      return {
        title: `问卷${label}`,
        intro: `说明${label}`,
        opensAt: new Date(Date.now() - 86_400_000).toISOString(),
        closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        notice: { collector: `单位${label}`, purpose: `目的${label}`, contact: '0351-1234567' },
        questions: [
          { blockType: 'choice', label: `题目${label}`, options: [{ label: `选项${label}` }, { label: '其他' }] },
          { blockType: 'rating', label: '满意吗？' },
        ],
        area,
      }
    case 'elections':
      if (!candidates || candidates.length < 2) throw new Error('validDraft(elections) needs two published figures as candidates')
      return {
        title: `评选${label}`,
        intro: `说明${label}`,
        opensAt: new Date(Date.now() - 86_400_000).toISOString(),
        closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        candidates,
        choices: 1,
        rules: `每个邀请码一票。${label}`,
        area,
      }
    case 'events':
      if (!place) throw new Error('validDraft(events) needs a place')
      return {
        title: `活动${label}`,
        kind: 'lecture',
        startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        endsAt: new Date(Date.now() + 7 * 86_400_000 + 2 * 3600_000).toISOString(),
        place,
        capacity: 10,
        summary: `简介${label}`,
        body: `介绍${label}`,
      }
    case 'service-items':
      if (!place) throw new Error('validDraft(service-items) needs the place that offers it')
      return {
        title: `课单${label}`,
        kind: 'lecture',
        place,
        summary: `简介${label}`,
        duration: 60,
        capacity: 30,
        provider: { kind: 'team' },
        booking: { leadDays: 0 },
        area,
      }
  }
}
