/** The review rules (states.ts): who may take which step, and where it leads. */
import { describe, expect, it } from 'vitest'

import { decide, type Situation } from '../../cms/workflow/states.ts'

describe('review rules', () => {
  const draft: Situation = { state: 'draft', authorId: 1, levels: 2, live: false }
  const editor = { id: 1, role: 'editor' as const }
  const reviewer = (id: number, level: number) => ({ id, role: 'reviewer' as const, reviewLevel: level })

  it('only editors and administrators submit', () => {
    expect(decide('submit', editor, draft).ok).toBe(true)
    expect(decide('submit', { id: 9, role: 'admin' }, draft).ok).toBe(true)
    expect(decide('submit', reviewer(2, 1), draft)).toMatchObject({ ok: false, status: 403 })
    expect(decide('submit', { id: 3, role: 'community' }, draft)).toMatchObject({ ok: false, status: 403 })
    expect(decide('submit', editor, { ...draft, state: 'pending-1' })).toMatchObject({ ok: false, status: 400 })
  })

  it('only the reviewer of the current level approves, and the last level publishes', () => {
    const first = { ...draft, state: 'pending-1' as const }
    expect(decide('approve', reviewer(2, 2), first)).toMatchObject({ ok: false, status: 403 })
    expect(decide('approve', reviewer(2, 1), first)).toMatchObject({ ok: true, next: 'pending-2', publish: false })
    expect(decide('approve', reviewer(3, 2), { ...draft, state: 'pending-2' })).toMatchObject({
      ok: true,
      next: 'published',
      publish: true,
    })
    expect(decide('approve', reviewer(2, 1), { ...first, levels: 1 })).toMatchObject({ ok: true, next: 'published', publish: true })
    expect(decide('approve', reviewer(2, 3), { ...draft, state: 'pending-3', levels: 3 })).toMatchObject({ publish: true })
    expect(decide('approve', { id: 9, role: 'admin' }, first)).toMatchObject({ ok: false, status: 403 })
  })

  it('an author never approves their own work', () => {
    expect(decide('approve', reviewer(1, 1), { ...draft, state: 'pending-1' })).toMatchObject({
      ok: false,
      message: '不能审核自己撰写的内容。',
    })
  })

  it('sending back needs a reason and returns the document to 草稿', () => {
    const first = { ...draft, state: 'pending-1' as const }
    expect(decide('reject', reviewer(2, 1), first)).toMatchObject({ ok: false, status: 400, message: '退回时必须填写退回理由。' })
    for (const blank of ['  ', '\u3000\u3000', '\u200b', '\u200d\ufeff\n\t'])
      expect(decide('reject', reviewer(2, 1), first, blank), JSON.stringify(blank)).toMatchObject({ ok: false, status: 400 })
    expect(decide('reject', reviewer(2, 1), first, '核实称号')).toMatchObject({ ok: true, next: 'draft' })
  })

  it('only administrators and the last-level reviewer take a live document down', () => {
    const live: Situation = { ...draft, state: 'published', live: true }
    expect(decide('unpublish', { id: 9, role: 'admin' }, live)).toMatchObject({ ok: true, unpublish: true })
    expect(decide('unpublish', reviewer(2, 2), live)).toMatchObject({ ok: true })
    expect(decide('unpublish', reviewer(2, 1), live)).toMatchObject({ ok: false, status: 403 })
    expect(decide('unpublish', editor, live)).toMatchObject({ ok: false, status: 403 })
    expect(decide('unpublish', { id: 9, role: 'admin' }, { ...live, live: false })).toMatchObject({ ok: false, status: 400 })
  })
  it('an editor asks for a live document to come down once, with a reason; its state stays', () => {
    const live: Situation = { ...draft, state: 'published', live: true }
    expect(decide('request-unpublish', editor, live, '称号有误')).toMatchObject({ ok: true, next: 'published', unpublish: false })
    expect(decide('request-unpublish', editor, live, '\u3000')).toMatchObject({ ok: false, status: 400 })
    expect(decide('request-unpublish', editor, { ...live, takedownRequested: true }, '再次')).toMatchObject({ ok: false, status: 400 })
    expect(decide('request-unpublish', editor, { ...live, live: false }, '称号有误')).toMatchObject({ ok: false, status: 400 })
    expect(decide('request-unpublish', reviewer(2, 2), live, '称号有误')).toMatchObject({ ok: false, status: 403 })
    expect(decide('request-unpublish', { id: 3, role: 'community' }, live, '称号有误')).toMatchObject({ ok: false, status: 403 })
  })

  it('only those who may take it down decline a request, with a reason', () => {
    const asked: Situation = { ...draft, state: 'published', live: true, takedownRequested: true }
    expect(decide('decline-unpublish', reviewer(2, 2), asked, '内容无误')).toMatchObject({ ok: true, next: 'published', unpublish: false })
    expect(decide('decline-unpublish', { id: 9, role: 'admin' }, asked, '内容无误')).toMatchObject({ ok: true })
    expect(decide('decline-unpublish', reviewer(2, 1), asked, '内容无误')).toMatchObject({ ok: false, status: 403 })
    expect(decide('decline-unpublish', editor, asked, '内容无误')).toMatchObject({ ok: false, status: 403 })
    expect(decide('decline-unpublish', reviewer(2, 2), asked, ' \u200b ')).toMatchObject({ ok: false, status: 400 })
    expect(decide('decline-unpublish', reviewer(2, 2), { ...asked, takedownRequested: false }, '内容无误')).toMatchObject({
      ok: false,
      status: 400,
    })
  })
})
