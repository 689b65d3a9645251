/**
 * The gate every resident's write passes, run by the participation collections' own
 * hooks (so REST, GraphQL and Local API writes meet it too, not only the public
 * endpoints): the honeypot, the proof-of-work challenge (used up), then the throttles per
 * device, address and form. The endpoints only gather the evidence from the request and
 * pass it in the Local API's `context`; without it, a create is refused whoever asks.
 */
import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { DEVICE_TOKEN, type ParticipationForm } from '../../../contract/participation'
import { refuse } from '../../common/refuse'
import { ALTCHA_REFUSALS, spendSolution } from './altcha'
import { type FieldWorker, verifyFieldToken } from './fieldToken'
import { keyedHash } from './keys'
import { takeLimit, takeSubmission } from './limits'
import { newReceipt, type Receipt } from './receipt'

export const GATE_CONTEXT = 'participationGate'

/** What the endpoint saw of the request. */
export interface GateEvidence {
  form: ParticipationForm
  altcha: string | undefined
  honeypot: string | undefined
  address: string
  deviceToken: string | null
  /** Contact details given with the item, kept apart from it (participation-contacts). */
  contact?: { contactName?: string; contactPhone?: string }
  /** Photos sent with it (好人推荐), stored privately (participation-uploads). */
  files?: { data: Buffer; mimetype: string; name: string; size: number }[]
  /** 入户代填: a community worker's 代填授权 instead of a solved challenge. */
  fieldToken?: string
  /** Files written to disk while saving (photos and their thumbnails), removed again if the save fails. */
  writtenFiles?: string[]
  /** A 课单 order a signed-in community worker or station worker typed in for a resident (their user id). */
  onBehalf?: number
  /** The 评选邀请码 a ballot is cast with: checked and used up by the ballot's own hook, never stored. */
  voteCode?: string
}

/** What passing the gate gives the save: who (as hashes) and the receipt to hand back. */
export interface GatePass {
  deviceHash: string | null
  receipt: Receipt
  /** The community worker who filled it in at the door (入户代填), when a 代填授权 let it through. */
  worker: FieldWorker | null
}

/** Passes made in this process; a context object cannot claim one it was not given. */
const passes = new WeakMap<GateEvidence, GatePass>()

export const ONLY_THROUGH_FORMS = '居民的留言、推荐、问卷和评选投票只能通过网站上的表单提交。'
const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60))

/** 入户代填: the worker's token stands in for the challenge; a day's answers per token are capped. */
async function passField(req: PayloadRequest, evidence: GateEvidence & { fieldToken: string }): Promise<GatePass> {
  const worker = await verifyFieldToken(req.payload, evidence.fieldToken)
  const taken = await takeLimit(req.payload, 'fieldPerToken', String(worker.tokenId))
  if (taken.wait > 0) throw refuse(`这个代填授权今天同步的答卷太多，请 ${minutes(taken.wait)} 分钟后再试。答卷仍保存在手机上。`, 429)
  const pass = { deviceHash: null, receipt: newReceipt(req.payload), worker }
  passes.set(evidence, pass)
  return pass
}

/** A signed-in worker typing an order in for a resident: their session stands in for the challenge; a day's orders are capped. */
async function passOnBehalf(req: PayloadRequest, evidence: GateEvidence, user: number): Promise<GatePass> {
  const taken = await takeLimit(req.payload, 'fieldPerToken', `user:${user}`)
  if (taken.wait > 0) throw refuse(`今天代点的课单太多，请 ${minutes(taken.wait)} 分钟后再试。`, 429)
  const pass = { deviceHash: null, receipt: newReceipt(req.payload), worker: null }
  passes.set(evidence, pass)
  return pass
}

async function passGate(req: PayloadRequest, evidence: GateEvidence): Promise<GatePass> {
  const { payload } = req
  if (evidence.fieldToken !== undefined) return passField(req, evidence as GateEvidence & { fieldToken: string })
  if (evidence.onBehalf !== undefined) return passOnBehalf(req, evidence, evidence.onBehalf)
  // People never see the field; only a form-filling robot writes in it.
  if (evidence.honeypot) throw refuse('提交没有通过检查，请刷新页面后重新填写。', 400)
  const altcha = await spendSolution(payload, evidence.altcha, evidence.form)
  if (altcha) throw refuse(ALTCHA_REFUSALS[altcha], 403)
  const deviceHash =
    evidence.deviceToken && DEVICE_TOKEN.test(evidence.deviceToken) ? keyedHash(payload, 'device', evidence.deviceToken) : null
  const taken = await takeSubmission(payload, { address: evidence.address, deviceHash }, evidence.form)
  if (taken.name === 'submitPerForm') throw refuse('现在提交的人太多，请过几分钟再试。填写的内容还在本页，不会丢失。', 503)
  if (taken.wait > 0) throw refuse(`提交太频繁，请 ${minutes(taken.wait)} 分钟后再试。填写的内容还在本页，不会丢失。`, 429)
  const pass = { deviceHash, receipt: newReceipt(payload), worker: null }
  passes.set(evidence, pass)
  return pass
}

export const evidenceOf = (req: PayloadRequest): GateEvidence | null => {
  const value = req.context[GATE_CONTEXT]
  return value && typeof value === 'object' ? (value as GateEvidence) : null
}

/** The pass this request's gate gave (for the collection's beforeChange and for records made alongside); null without one. */
export const passOf = (req: PayloadRequest): GatePass | null => {
  const evidence = evidenceOf(req)
  return evidence ? passFor(evidence) : null
}

/** The pass the gate gave this evidence, once a save with it has passed. */
export const passFor = (evidence: GateEvidence): GatePass | null => passes.get(evidence) ?? null

/** beforeOperation of a participation collection: a create passes the gate for `form`, once. */
export function gatedCreate(form: ParticipationForm): CollectionBeforeOperationHook {
  return async ({ args, operation, req }) => {
    if (operation !== 'create') return args
    const evidence = evidenceOf(req)
    if (!evidence || evidence.form !== form) throw refuse(ONLY_THROUGH_FORMS, 403)
    if (!passes.has(evidence)) await passGate(req, evidence)
    return args
  }
}

/**
 * A record staff type in for a resident (an event sign-up taken by phone, a paper sign-in
 * sheet): the endpoint that checked the staff member's rights marks the request's context
 * with an entry object made here; a request cannot claim one it was not given.
 */
export const STAFF_ENTRY_CONTEXT = 'participationStaffEntry'
const staffEntries = new WeakSet<object>()
export function staffEntry<T extends object>(entry: T): T {
  staffEntries.add(entry)
  return entry
}
export const staffEntryOf = (req: PayloadRequest): object | null => {
  const value = req.context[STAFF_ENTRY_CONTEXT]
  return value && typeof value === 'object' && staffEntries.has(value) ? value : null
}

/** beforeOperation of a record only ever made alongside a gated one (a contact): its request must hold a pass (or a staff entry). */
export const alongsideGated: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' && !passOf(req) && !staffEntryOf(req)) throw refuse(ONLY_THROUGH_FORMS, 403)
  return args
}
