/**
 * The participation API's plumbing: every answer carries CORS for the public site (errors
 * included, so a form can always show the resident what went wrong), errors read as a
 * person reads them, JSON bodies read carefully, and the one way a resident's record is
 * saved — through its collection's gate (gate/gate.ts), answered with the receipt.
 */
import { rm } from 'node:fs/promises'
import path from 'node:path'

import type { Endpoint, PayloadRequest } from 'payload'

import { DEVICE_HEADER, HONEYPOT_FIELD, type SubmissionReceipt } from '../../contract/participation'
import { UNKNOWN_ERROR } from '../hooks/chineseErrors'
import { addressOf } from '../server/clientAddress'
import { uploadsDir } from './collections/Uploads'
import { corsHeaders } from './gate/cors'
import { GATE_CONTEXT, type GateEvidence, passFor } from './gate/gate'
import { addressKey, isLimitExempt, takeLimit } from './gate/limits'

export class Answer {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {}
}
export const fail = (status: number, message: string, field?: string) =>
  new Answer(status, { errors: [{ message, ...(field ? { field } : {}) }] })

type Handler = (req: PayloadRequest) => Promise<Answer>

/** Payload's errors as a person reads them: its public messages and field errors as they are, anything else as "not done". */
function answerError(req: PayloadRequest, error: unknown): Answer {
  if (error instanceof Answer) return error
  const known = error as { status?: number; isPublic?: boolean; message?: string; data?: { errors?: { message: string; path?: string }[] } }
  if (known.data?.errors?.length) {
    return new Answer(known.status ?? 400, { errors: known.data.errors.map(({ message, path }) => ({ message, field: path })) })
  }
  if (known.isPublic && known.message) return fail(known.status ?? 400, known.message)
  req.payload.logger.error({ err: error }, '居民参与接口出错')
  return fail(500, UNKNOWN_ERROR)
}

export function endpoint(path: string, method: Endpoint['method'], handler: Handler): Endpoint {
  return {
    path: `/participation${path}`,
    method,
    handler: async (req) => {
      const headers = corsHeaders(req.headers.get('origin'))
      const answer = await handler(req).catch((error: unknown) => answerError(req, error))
      return Response.json(answer.body, { status: answer.status, headers })
    },
  }
}

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60))

/** A per-address throttle, skipped for an address on PARTICIPATION_LIMIT_EXEMPT (a bench's). */
export async function limited(req: PayloadRequest, name: 'challengePerAddress' | 'receiptPerAddress'): Promise<void> {
  const address = addressOf(req.headers)
  if (isLimitExempt(address)) return
  const taken = await takeLimit(req.payload, name, addressKey(req.payload, address))
  if (taken.wait > 0) throw fail(429, `操作太频繁，请 ${minutes(taken.wait)} 分钟后再试。`)
}

export async function jsonBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  if (!/^application\/json\b/i.test(req.headers.get('content-type') ?? '')) throw fail(415, '请以 JSON 格式提交。')
  const body = await req.json?.().catch(() => undefined)
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw fail(400, '提交的内容无法读取，请刷新页面后重试。')
  return body as Record<string, unknown>
}

export type Files = NonNullable<GateEvidence['files']>

/** What every form sends besides its own fields, taken off before the record is saved. */
export interface Sent {
  altcha: string
  website?: string
  contactName?: string
  contactPhone?: string
  consent: string
}

export const invalid = (issues: { message: string; path: PropertyKey[] }[]) =>
  new Answer(400, { errors: issues.map((issue) => ({ message: issue.message, field: issue.path.map(String).join('.') })) })

const FOREIGN_KEY = '23503'
/** Whether PostgreSQL refused the write with `code`, however deep the error wraps its cause. */
function violates(error: unknown, code: string): boolean {
  for (let at = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; at && depth < 5; depth++) {
    if (at.code === code) return true
    at = at.cause as typeof at
  }
  return false
}

/** A failed save's photos: their rows went with the transaction, their files go here. */
async function forgetWrittenFiles(evidence: GateEvidence): Promise<void> {
  for (const name of evidence.writtenFiles ?? []) await rm(path.join(uploadsDir, path.basename(name)), { force: true })
}

/** Where each form's records are kept. */
const COLLECTION_OF = { messages: 'messages', nominations: 'nominations', surveys: 'survey-responses', services: 'service-orders' } as const

/** Saves a resident's record through the gate (its collection's hooks run every check) and answers with the receipt. */
export async function submit(
  req: PayloadRequest,
  form: keyof typeof COLLECTION_OF,
  sent: Sent & Record<string, unknown>,
  files?: Files,
  onBehalf?: number,
) {
  const { altcha, [HONEYPOT_FIELD]: honeypot, contactName, contactPhone, consent: _consent, ...data } = sent
  const evidence: GateEvidence = {
    form,
    altcha,
    honeypot: honeypot as string | undefined,
    address: addressOf(req.headers),
    deviceToken: req.headers.get(DEVICE_HEADER),
    contact: { contactName: contactName || undefined, contactPhone: contactPhone || undefined },
    files,
    onBehalf,
  }
  const doc = (await req.payload
    .create({
      collection: COLLECTION_OF[form],
      data: { ...data, status: 'received' } as never,
      context: { [GATE_CONTEXT]: evidence },
      overrideAccess: true,
      depth: 0,
    })
    .catch(async (error: unknown) => {
      await forgetWrittenFiles(evidence)
      // A reference to something that is not there (an area id no form offers): the sender's mistake, not the server's.
      if (violates(error, FOREIGN_KEY)) throw fail(400, '所选的区域或选项已经不存在，请刷新页面后重新选择。')
      throw error
    })) as { reference?: string | null; receivedAt?: string | null }
  const pass = passFor(evidence)
  if (!pass) throw new Error('a resident record saved without a gate pass')
  const receipt: SubmissionReceipt = { receipt: pass.receipt.code, reference: doc.reference ?? '', receivedAt: doc.receivedAt ?? '' }
  return new Answer(201, receipt)
}
