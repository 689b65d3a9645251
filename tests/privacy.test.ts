/** The privacy check: what counts as a resident's personal data, and how it is masked. */
import { describe, expect, it } from 'vitest'

import { findPrivateData, isResidentIdNumber, maskPrivateData } from '../cms/workflow/privacy.ts'
import { decide, type Situation } from '../cms/workflow/states.ts'

// A made-up ID number with a correct check character (birth date 1990-01-01).
const VALID_ID = '11010519900101007X'
const LOOK_ALIKE = '110105199001010071' // same digits, wrong check character

describe('resident ID numbers', () => {
  it('are recognised by their GB 11643 check character and birth date', () => {
    expect(isResidentIdNumber(VALID_ID)).toBe(true)
    expect(isResidentIdNumber(VALID_ID.toLowerCase())).toBe(true)
    expect(isResidentIdNumber(LOOK_ALIKE)).toBe(false)
    expect(isResidentIdNumber('110105199013010016')).toBe(false) // month 13
  })

  it('a valid ID number is refused, an 18-digit look-alike is accepted', () => {
    expect(findPrivateData(`身份证号${VALID_ID}。`)).toEqual([{ kind: 'id-number', text: VALID_ID }])
    expect(findPrivateData(`项目编号${LOOK_ALIKE}。`)).toEqual([])
  })
})

describe('mobile numbers and door-level addresses', () => {
  it.each([
    ['联系电话13812345678', 'mobile', '13812345678'],
    ['电话：19912345678。', 'mobile', '19912345678'],
    ['住在3号楼2单元501室', 'address', '3号楼2单元501室'],
    ['家住12栋1单元302', 'address', '12栋1单元302'],
    ['2单元1101室', 'address', '2单元1101室'],
  ])('%s → %s', (text, kind, found) => {
    expect(findPrivateData(text)).toEqual([{ kind, text: found }])
  })

  it.each(['桃园一巷南二条', '座机0351-1234567', '20个最美人物', '10月10日开放', '建成3个多月', '订单号123456789012'])(
    'leaves %s alone',
    (text) => {
      expect(findPrivateData(text)).toEqual([])
    },
  )

  it('masks as 138****1234 and keeps an ID number’s region and check digits', () => {
    expect(maskPrivateData('电话13812341234')).toBe('电话138****1234')
    expect(maskPrivateData(`证件${VALID_ID}`)).toBe('证件110105********007X')
    expect(maskPrivateData('3号楼2单元501室')).toBe('*号楼*单元***室')
  })
})

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
    expect(decide('reject', reviewer(2, 1), first, '  ')).toMatchObject({ ok: false })
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
})
