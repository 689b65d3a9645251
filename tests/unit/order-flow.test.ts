/** 文明课单's chain (orderFlow.ts): who may take which step from which state, and where it leads. */
import { describe, expect, it } from 'vitest'

import { allowedActions, decide, type FlowActor, type FlowOrder } from '../../cms/participation/services/orderFlow.ts'
import { ORDER_RATING, ORDER_STATES, ORDER_SUBMISSION } from '../../contract/services.ts'

const office: FlowActor = { kind: 'office' }
const station: FlowActor = { kind: 'station', places: [7] }
const otherStation: FlowActor = { kind: 'station', places: [8] }
const team3: FlowActor = { kind: 'team', team: 3 }
const team4: FlowActor = { kind: 'team', team: 4 }
const resident: FlowActor = { kind: 'resident' }
const order = (state: FlowOrder['state'], team: number | null = null): FlowOrder => ({ state, place: 7, team })
const teamAt7 = (id: number) => ({ id, places: [7, 9] })

describe('审单', () => {
  it('the place’s station staff and the office approve; another station and a team cannot', () => {
    expect(decide(order('submitted'), station, { action: 'approve' })).toMatchObject({ ok: true, state: 'approved', dueDays: 1 })
    expect(decide(order('submitted'), office, { action: 'approve' })).toMatchObject({ ok: true, by: 'office' })
    expect(decide(order('submitted'), otherStation, { action: 'approve' })).toMatchObject({ ok: false, status: 403 })
    expect(decide(order('submitted'), team3, { action: 'approve' })).toMatchObject({ ok: false, status: 403 })
    expect(decide(order('submitted'), { kind: 'none' }, { action: 'approve' })).toMatchObject({ ok: false, status: 403 })
  })

  it('refusing needs a reason, and only a waiting order can be reviewed', () => {
    expect(decide(order('submitted'), station, { action: 'refuse' })).toMatchObject({ ok: false, status: 400 })
    expect(decide(order('submitted'), station, { action: 'refuse', reason: '   ' })).toMatchObject({ ok: false, status: 400 })
    expect(decide(order('submitted'), station, { action: 'refuse', reason: '场地检修' })).toMatchObject({ ok: true, state: 'refused' })
    expect(decide(order('approved'), station, { action: 'approve' })).toMatchObject({ ok: false, status: 409 })
  })
})

describe('派单, 接单, 重新派单', () => {
  it('dispatches to a team of the place only', () => {
    expect(decide(order('approved'), station, { action: 'dispatch' })).toMatchObject({ ok: false, status: 400 })
    expect(decide(order('approved'), station, { action: 'dispatch', team: { id: 5, places: [8] } })).toMatchObject({ status: 400 })
    expect(decide(order('approved'), station, { action: 'dispatch', team: teamAt7(3) })).toMatchObject({
      ok: true,
      state: 'dispatched',
      team: 3,
      dueDays: 1,
    })
  })

  it('only the leader of the dispatched team accepts or declines, declining with a reason', () => {
    const dispatched = order('dispatched', 3)
    expect(decide(dispatched, team4, { action: 'accept' })).toMatchObject({ ok: false, status: 403 })
    expect(decide(dispatched, { kind: 'team', team: null }, { action: 'accept' })).toMatchObject({ ok: false, status: 403 })
    expect(decide(dispatched, station, { action: 'accept' })).toMatchObject({ ok: false, status: 403 })
    expect(decide(dispatched, team3, { action: 'accept' })).toMatchObject({ ok: true, state: 'accepted', team: 3, by: 'team' })
    expect(decide(dispatched, team3, { action: 'decline' })).toMatchObject({ ok: false, status: 400 })
    expect(decide(dispatched, team3, { action: 'decline', reason: '当天队员不足' })).toMatchObject({
      ok: true,
      state: 'approved',
      team: null,
    })
    expect(decide(order('accepted', 3), team3, { action: 'accept' })).toMatchObject({ ok: false, status: 409 })
  })

  it('re-dispatches with a reason to another team of the place', () => {
    const accepted = order('accepted', 3)
    expect(decide(accepted, station, { action: 'redispatch', team: teamAt7(4) })).toMatchObject({ ok: false, status: 400 })
    expect(decide(accepted, station, { action: 'redispatch', reason: '队长生病', team: teamAt7(3) })).toMatchObject({ status: 400 })
    expect(decide(accepted, station, { action: 'redispatch', reason: '队长生病', team: teamAt7(4) })).toMatchObject({
      ok: true,
      state: 'dispatched',
      team: 4,
    })
    expect(decide(order('approved'), station, { action: 'redispatch', reason: 'x', team: teamAt7(4) })).toMatchObject({ status: 409 })
  })
})

describe('取消 and 结项', () => {
  it('staff cancel an open order with a reason; a resident until the team accepts', () => {
    expect(decide(order('approved'), station, { action: 'cancel' })).toMatchObject({ ok: false, status: 400 })
    expect(decide(order('accepted', 3), station, { action: 'cancel', reason: '天气原因' })).toMatchObject({ ok: true, state: 'cancelled' })
    expect(decide(order('dispatched', 3), resident, { action: 'cancel' })).toMatchObject({ ok: true, by: 'resident' })
    expect(decide(order('accepted', 3), resident, { action: 'cancel' })).toMatchObject({ ok: false, status: 409 })
    expect(decide(order('completed', 3), station, { action: 'cancel', reason: 'x' })).toMatchObject({ ok: false, status: 409 })
    expect(decide(order('refused'), resident, { action: 'cancel' })).toMatchObject({ ok: false })
  })

  it('the team (or its station) completes an accepted order; nobody submits through the chain', () => {
    expect(decide(order('accepted', 3), team3, { action: 'complete' })).toMatchObject({ ok: true, state: 'completed' })
    expect(decide(order('accepted', 3), team4, { action: 'complete' })).toMatchObject({ ok: false, status: 403 })
    expect(decide(order('dispatched', 3), team3, { action: 'complete' })).toMatchObject({ ok: false, status: 409 })
    expect(decide(order('submitted'), office, { action: 'submit' })).toMatchObject({ ok: false, status: 400 })
  })
})

describe('the contract', () => {
  it('maps every state to one of the labels residents see', () => {
    expect(new Set(ORDER_STATES.map((state) => state.public))).toEqual(new Set(['审核中', '服务中', '已完成', '已拒绝', '已取消']))
  })

  const base = { item: 1, people: 30, wantedAt: '2026-12-03T14:00:00+08:00', venue: '金刚里社区活动室', consent: '2026-11-30', altcha: 'x' }

  it('reads full-width numbers and needs a group or a household code', () => {
    const parsed = ORDER_SUBMISSION.safeParse({ ...base, item: '１２', people: '３０', group: ' 金刚里社区老年人 ' })
    expect(parsed.success && parsed.data).toMatchObject({ item: 12, people: 30, group: '金刚里社区老年人' })
    const missing = ORDER_SUBMISSION.safeParse(base)
    expect(missing.success).toBe(false)
    expect(missing.error?.issues.map((issue) => issue.message)).toContain('请填写服务对象（例如：金刚里社区老年人）或户码')
    expect(ORDER_SUBMISSION.safeParse({ ...base, household: 'AB12CD', people: '三十' }).success).toBe(false)
    expect(ORDER_SUBMISSION.safeParse({ ...base, group: '居民', wantedAt: '下周三' }).success).toBe(false)
  })

  it('takes a rating of 1 to 5 only', () => {
    expect(ORDER_RATING.safeParse({ code: 'x', score: '５' }).success).toBe(true)
    expect(ORDER_RATING.safeParse({ code: 'x', score: 6 }).success).toBe(false)
    expect(ORDER_RATING.safeParse({ code: 'x', score: 2.5 }).success).toBe(false)
  })
})

describe('what a desk offers', () => {
  it('offers each person exactly the steps the rules allow them now', () => {
    expect(allowedActions(order('submitted'), station)).toEqual(['approve', 'refuse', 'cancel'])
    expect(allowedActions(order('approved'), office)).toEqual(['dispatch', 'cancel'])
    expect(allowedActions(order('dispatched', 3), station)).toEqual(['redispatch', 'cancel'])
    expect(allowedActions(order('dispatched', 3), team3)).toEqual(['accept', 'decline'])
    expect(allowedActions(order('dispatched', 3), team4)).toEqual([])
    expect(allowedActions(order('accepted', 3), team3)).toEqual(['complete'])
    expect(allowedActions(order('accepted', 3), station)).toEqual(['redispatch', 'complete', 'cancel'])
    expect(allowedActions(order('submitted'), otherStation)).toEqual([])
    expect(allowedActions(order('completed', 3), office)).toEqual([])
    expect(allowedActions(order('submitted'), resident)).toEqual(['cancel'])
  })
})
