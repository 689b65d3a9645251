/**
 * 评选 with one-time invitation codes: codes made in batches only by a community worker for
 * their own area (or an administrator), answered with a PDF of as many slips as codes and
 * stored only as hashes; a code casts one ballot (twenty at once with one code: exactly
 * one), only for its own 评选, only while it is open, with at most N of its candidates;
 * no write to ballots or codes but through the gate; the result public only after the
 * close and only when an editor publishes it.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { purgeParticipation } from '../cms/participation/retention.ts'
import { VOTE_REFUSALS } from '../contract/elections.ts'
import { NOTICE_VERSION } from '../contract/participation.ts'
import { api, areaId, createFigure, graphql, localPayload, login, publishThroughReview, stack } from './support/cms.ts'
import { call, forgetThrottles, newDevice, post, solvedFor } from './support/participation.ts'
import { decodeQr, pageTexts } from './support/pdf.ts'

let payload: Payload
let editor: string
let admin: string
let community: string
let sanqiao: number
let jianhe: number
let candidates: number[]

const DAY = 86_400_000
let counter = 0

beforeAll(async () => {
  payload = await localPayload()
  editor = await login('editor@xinghualing.example')
  admin = await login('admin@xinghualing.example')
  community = await login('community@xinghualing.example')
  sanqiao = await areaId('三桥街道')
  jianhe = await areaId('涧河街道')
  candidates = []
  for (const name of ['张桂兰', '李建国', '王秀英']) candidates.push((await createFigure(editor, name, 'published')).id)
})

afterAll(async () => {
  await payload?.destroy()
})

interface Made {
  id: number
  slug: string
  title: string
}

async function election(extra: Record<string, unknown> = {}): Promise<Made> {
  counter += 1
  const data = {
    title: `文明家庭评选${counter}`,
    intro: '请为身边的好邻居投票。',
    opensAt: new Date(Date.now() - DAY).toISOString(),
    closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
    candidates,
    choices: 2,
    rules: '每个邀请码一票，每票最多选 2 人；截止后计票，票数相同名次并列。',
    area: jianhe,
    ...extra,
  }
  const made = await api<{ doc: Made }>('/api/elections?draft=true', { method: 'POST', token: editor, body: { ...data, _status: 'draft' } })
  expect(made.status, made.text).toBe(201)
  await publishThroughReview('elections', made.body.doc.id)
  return made.body.doc
}

/** A batch of codes as the admin's panel asks for it; the codes read back from the PDF's text. */
async function makeCodes(id: number, token: string, count: number, building = '3号楼') {
  const response = await fetch(`${stack().cmsUrl}/api/elections/${id}/codes`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ count, building }),
  })
  const bytes = new Uint8Array(await response.arrayBuffer())
  if (response.status !== 201) return { status: response.status, codes: [] as string[], bytes, text: '' }
  const text = (await pageTexts(bytes)).join('\n')
  return { status: response.status, codes: text.match(/\b[0-9A-Z]{5}-[0-9A-Z]{5}\b/g) ?? [], bytes, text }
}

const vote = async (slug: string, code: string, choices: number[]) =>
  post(`/elections/${slug}/ballots`, { code, choices, consent: NOTICE_VERSION, altcha: await solvedFor('votes') }, { device: newDevice() })

/** The throttles count every send from this one test address; a new part of the file starts afresh. */
const freshLimits = () => forgetThrottles(payload)

const ballotsOf = async (id: number) =>
  (await payload.count({ collection: 'ballots', where: { election: { equals: id } }, overrideAccess: true })).totalDocs

describe('invitation codes', () => {
  it('are made by a community worker for their own area, as a PDF of one slip per code', async () => {
    const ours = await election()
    const batch = await makeCodes(ours.id, community, 12)
    expect(batch.status).toBe(201)
    expect(batch.codes).toHaveLength(12)
    expect(new Set(batch.codes).size).toBe(12)
    expect(batch.text.match(/每户一张、只能使用一次/g)).toHaveLength(12)
    expect(batch.text).toContain(`https://xhl.example.cn/elections/${ours.slug}/`)
    expect(batch.text).toContain('文明家庭评选')
    expect(await pageTexts(batch.bytes)).toHaveLength(2)
    // One slip alone on its page, so the QR code reads: the ballot, with the code filled in.
    const single = await makeCodes(ours.id, community, 1)
    expect(await decodeQr(single.bytes, 1)).toBe(`https://xhl.example.cn/elections/${ours.slug}/#code=${single.codes[0]}`)
    const { docs } = await payload.find({
      collection: 'vote-codes',
      where: { election: { equals: ours.id } },
      overrideAccess: true,
      limit: 100,
    })
    expect(docs).toHaveLength(13)
    expect(docs[0]).toMatchObject({ area: jianhe, building: '3号楼', usedAt: null })
    const stored = await payload.db.drizzle.execute(`select code_hash from vote_codes where election_id = ${ours.id}`)
    const hashes = (stored.rows as { code_hash: string }[]).map((row) => row.code_hash).join(' ')
    for (const code of batch.codes) expect(hashes).not.toContain(code.replace('-', ''))
    const listed = await api<{ docs: Record<string, unknown>[] }>(`/api/vote-codes?limit=100&where[election][equals]=${ours.id}`, {
      token: community,
    })
    expect(listed.body.docs).toHaveLength(13)
    expect(listed.body.docs[0]).not.toHaveProperty('codeHash')
    // Each batch is in the 操作日志: who made how many, for which 评选 — never the codes.
    const logged = await payload.find({
      collection: 'audit-log',
      where: { and: [{ collection: { equals: 'vote-codes' } }, { documentId: { equals: String(ours.id) } }] },
      overrideAccess: true,
      sort: 'createdAt',
    })
    expect(logged.docs.map((entry) => entry.summary)).toEqual([
      `生成评选邀请码 12 张（3号楼）：「${ours.title}」`,
      `生成评选邀请码 1 张（3号楼）：「${ours.title}」`,
    ])
    expect(JSON.stringify(logged.docs)).not.toContain(batch.codes[0] as string)
  })

  it('are refused to a community worker of another area, to editors and reviewers; admins make them for any area', async () => {
    const elsewhere = await election({ area: sanqiao })
    expect((await makeCodes(elsewhere.id, community, 5)).status).toBe(403)
    expect((await makeCodes(elsewhere.id, editor, 5)).status).toBe(403)
    expect((await makeCodes(elsewhere.id, await login('reviewer1@xinghualing.example'), 5)).status).toBe(403)
    expect((await makeCodes(elsewhere.id, admin, 3)).codes).toHaveLength(3)
    expect((await makeCodes(elsewhere.id, admin, 501)).status).toBe(400)
    expect((await makeCodes(elsewhere.id, admin, 0)).status).toBe(400)
  })

  it('cannot be written through REST, GraphQL or the Local API', async () => {
    const ours = await election()
    const rest = await api('/api/vote-codes', { method: 'POST', token: admin, body: { election: ours.id, area: jianhe, codeHash: 'x' } })
    expect(rest.status).toBe(403)
    const mutation = await graphql<{ errors?: unknown[] }>(
      `mutation { createVoteCode(data: { election: ${ours.id}, area: ${jianhe}, codeHash: "x" }) { id } }`,
      admin,
    )
    expect(mutation.errors?.length).toBeGreaterThan(0)
    const local = payload.create({
      collection: 'vote-codes',
      data: { election: ours.id, area: jianhe, codeHash: 'x' },
      overrideAccess: true,
    })
    await expect(local).rejects.toThrow(/成批生成/)
  })
})

describe('voting', () => {
  let ours: Made
  let codes: string[]

  beforeAll(async () => {
    ours = await election()
    codes = (await makeCodes(ours.id, community, 10)).codes
    await freshLimits()
  })

  it('casts one ballot per code, typed forgivingly, keeping the choices and area but not the code', async () => {
    const typed = (codes[0] as string).toLowerCase().replace('-', ' ').replace(/0/g, 'o')
    const sent = await vote(ours.slug, typed, [candidates[0] as number, candidates[1] as number])
    expect(sent.status, JSON.stringify(sent.body)).toBe(201)
    expect(sent.body.reference).toMatch(/^TP/)
    const { docs } = await payload.find({ collection: 'ballots', where: { election: { equals: ours.id } }, overrideAccess: true, depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ choices: [candidates[0], candidates[1]], area: jianhe })
    expect(JSON.stringify(docs[0])).not.toContain((codes[0] as string).slice(0, 5))
    const again = await vote(ours.slug, codes[0] as string, [candidates[2] as number])
    expect(again.status).toBe(409)
    expect(again.body.errors?.[0]?.message).toBe(VOTE_REFUSALS.usedCode)
  })

  it('refuses a wrong code, another election’s code, too many choices, a non-candidate and repeats', async () => {
    const [first, second] = candidates as [number, number, number]
    const wrong = await vote(ours.slug, 'ZZZZZ-ZZZZZ', [first])
    expect(wrong.body.errors?.[0]?.message).toBe(VOTE_REFUSALS.wrongCode)
    expect((await vote(ours.slug, '12345', [first])).body.errors?.[0]?.message).toBe(VOTE_REFUSALS.wrongCode)
    const other = await election()
    const [otherCode] = (await makeCodes(other.id, community, 1)).codes
    const crossed = await vote(ours.slug, otherCode as string, [first])
    expect(crossed.status).toBe(400)
    expect(crossed.body.errors?.[0]?.message).toBe(VOTE_REFUSALS.otherElection)
    expect((await vote(ours.slug, codes[1] as string, candidates)).body.errors?.[0]?.message).toBe('最多只能选择 2 位候选人。')
    const outsider = (await createFigure(editor, '赵卫东', 'published')).id
    expect((await vote(ours.slug, codes[1] as string, [outsider])).body.errors?.[0]?.message).toContain('不是本次评选的候选人')
    expect((await vote(ours.slug, codes[1] as string, [second, second])).body.errors?.[0]?.message).toBe('同一位候选人只能选一次。')
    // None of these used the code up.
    expect((await vote(ours.slug, codes[1] as string, [second])).status).toBe(201)
  })

  it('of twenty ballots cast at once with one code, keeps exactly one', async () => {
    await freshLimits()
    const before = await ballotsOf(ours.id)
    const bodies = await Promise.all(
      Array.from({ length: 20 }, async () => ({
        code: codes[2],
        choices: [candidates[0]],
        consent: NOTICE_VERSION,
        altcha: await solvedFor('votes'),
      })),
    )
    const sent = await Promise.all(bodies.map((body) => post(`/elections/${ours.slug}/ballots`, body, { device: newDevice() })))
    expect(sent.filter((one) => one.status === 201)).toHaveLength(1)
    expect(sent.filter((one) => one.status === 409)).toHaveLength(19)
    expect(await ballotsOf(ours.id)).toBe(before + 1)
  })

  it('takes nothing before it opens or after it closes', async () => {
    await freshLimits()
    const later = await election({
      opensAt: new Date(Date.now() + DAY).toISOString(),
      closesAt: new Date(Date.now() + 2 * DAY).toISOString(),
    })
    const [code] = (await makeCodes(later.id, community, 1)).codes
    const early = await vote(later.slug, code as string, [candidates[0] as number])
    expect(early.status).toBe(409)
    expect(early.body.errors?.[0]?.message).toContain('还没有开始')
    await payload.db.drizzle.execute(
      `update elections set opens_at = now() - interval '2 days', closes_at = now() - interval '1 day' where id = ${later.id}`,
    )
    const late = await vote(later.slug, code as string, [candidates[0] as number])
    expect(late.status).toBe(409)
    expect(late.body.errors?.[0]?.message).toContain('已经结束')
  })

  it('refuses every write that skips the form', async () => {
    const rest = await api('/api/ballots', { method: 'POST', token: admin, body: { election: ours.id, choices: [candidates[0]] } })
    expect(rest.status).toBe(403)
    const mutation = await graphql<{ errors?: unknown[] }>(
      `mutation { createBallot(data: { election: ${ours.id}, choices: "[${candidates[0]}]" }) { id } }`,
      admin,
    )
    expect(mutation.errors?.length).toBeGreaterThan(0)
    const local = payload.create({ collection: 'ballots', data: { election: ours.id, choices: [candidates[0]] }, overrideAccess: true })
    await expect(local).rejects.toThrow(/只能通过网站上的表单提交/)
    const patch = await api(`/api/ballots?where[election][equals]=${ours.id}`, { method: 'PATCH', token: admin, body: { choices: [] } })
    expect(patch.status).toBe(403)
  })
})

describe('retention', () => {
  it('deletes the codes of a 评选 30 days after its close, keeping its ballots', async () => {
    const old = await election()
    const batch = await makeCodes(old.id, community, 3)
    await freshLimits()
    expect((await vote(old.slug, batch.codes[0] as string, [candidates[0] as number])).status).toBe(201)
    const count = async (collection: 'vote-codes' | 'ballots') =>
      (await payload.count({ collection, where: { election: { equals: old.id } }, overrideAccess: true })).totalDocs
    const purge = async (daysAfterClose: number) => {
      await payload.db.drizzle.execute(`update elections set closes_at = now() - interval '${daysAfterClose} days' where id = ${old.id}`)
      return purgeParticipation(payload)
    }
    await purge(29)
    expect(await count('vote-codes')).toBe(3)
    expect((await purge(31)).codes).toBeGreaterThanOrEqual(3)
    expect(await count('vote-codes')).toBe(0)
    expect(await count('ballots')).toBe(1)
  })
})

describe('results', () => {
  it('are live for staff, and public only after the close with 公布结果 published', async () => {
    await freshLimits()
    const ours = await election({ showResults: true })
    const codes = (await makeCodes(ours.id, community, 4)).codes
    const [a, b, c] = candidates as [number, number, number]
    for (const [index, choices] of [[a, b], [a], [b, c]].entries()) {
      expect((await vote(ours.slug, codes[index] as string, choices)).status).toBe(201)
    }
    const live = await api<{
      ballots: number
      codesIssued: number
      codesUsed: number
      ranking: { figure: number; votes: number; rank: number }[]
    }>(`/api/elections/${ours.id}/results`, { token: editor })
    expect(live.body).toMatchObject({ ballots: 3, codesIssued: 4, codesUsed: 3 })
    // Equal votes share a place (listed by name: 李 before 张), and the next place is skipped.
    expect(live.body.ranking.map(({ figure, votes, rank }) => [figure, votes, rank])).toEqual([
      [b, 2, 1],
      [a, 2, 1],
      [c, 1, 3],
    ])
    expect((await api(`/api/elections/${ours.id}/results`, { token: community })).status).toBe(403)
    expect((await api(`/api/elections/${ours.id}/results`)).status).toBe(403)
    // Open: no result, however the box is ticked.
    expect((await call(`/elections/${ours.slug}`)).body).toMatchObject({ state: 'open', result: null })
    await payload.db.drizzle.execute(
      `update elections set opens_at = now() - interval '3 days', closes_at = now() - interval '1 day' where id = ${ours.id}`,
    )
    const closed = await call(`/elections/${ours.slug}`)
    expect(closed.body).toMatchObject({ state: 'closed', result: { ballots: 3, codesIssued: 4, codesUsed: 3 } })
    expect((closed.body.result as { rules: string }).rules).toContain('票数相同名次并列')
    // Closed, but not to be published: nothing.
    const quiet = await election({ showResults: false })
    await payload.db.drizzle.execute(
      `update elections set opens_at = now() - interval '3 days', closes_at = now() - interval '1 day' where id = ${quiet.id}`,
    )
    expect((await call(`/elections/${quiet.slug}`)).body).toMatchObject({ state: 'closed', result: null })
  })

  it('are refused an election with more choices than candidates, or the same candidate twice', async () => {
    const bad = await api('/api/elections?draft=true', {
      method: 'POST',
      token: editor,
      body: {
        title: '不成立的评选',
        opensAt: new Date().toISOString(),
        closesAt: new Date(Date.now() + DAY).toISOString(),
        candidates: [candidates[0], candidates[0]],
        choices: 3,
        rules: '一票',
        area: jianhe,
        _status: 'draft',
      },
    })
    expect(bad.status).toBe(400)
    expect(bad.text).toContain('同一位候选人只能列一次')
  })
})
