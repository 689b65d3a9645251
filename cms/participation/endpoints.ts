/**
 * The participation API: the admin's only public write path, all under
 * /api/participation/ so a deployment can expose that prefix alone. Each handler only
 * reads the request into evidence and data; the checks themselves run in the
 * collections' hooks (gate/gate.ts). Answers carry CORS for the public site only, errors
 * included, so a form can always show the resident what went wrong.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import {
  DEVICE_HEADER,
  HONEYPOT_FIELD,
  isParticipationForm,
  MESSAGE_SUBMISSION,
  type SubmissionReceipt,
} from '../../contract/participation'
import { UNKNOWN_ERROR } from '../hooks/chineseErrors'
import { addressOf } from '../server/clientAddress'
import { issueChallenge } from './gate/altcha'
import { corsHeaders } from './gate/cors'
import { GATE_CONTEXT, type GateEvidence, passFor } from './gate/gate'
import { addressKey, takeLimit } from './gate/limits'
import { receiptView, withdraw } from './receipts'

export class Answer {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {}
}
const fail = (status: number, message: string, field?: string) => new Answer(status, { errors: [{ message, ...(field ? { field } : {}) }] })

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

function endpoint(path: string, method: Endpoint['method'], handler: Handler): Endpoint {
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

async function limited(req: PayloadRequest, name: 'challengePerAddress' | 'receiptPerAddress'): Promise<void> {
  const taken = await takeLimit(req.payload, name, addressKey(req.payload, addressOf(req.headers)))
  if (taken.wait > 0) throw fail(429, `操作太频繁，请 ${minutes(taken.wait)} 分钟后再试。`)
}

async function jsonBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  if (!/^application\/json\b/i.test(req.headers.get('content-type') ?? '')) throw fail(415, '请以 JSON 格式提交。')
  const body = await req.json?.().catch(() => undefined)
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw fail(400, '提交的内容无法读取，请刷新页面后重试。')
  return body as Record<string, unknown>
}

const challenge = endpoint('/challenge', 'get', async (req) => {
  const form = req.searchParams.get('form')
  if (!isParticipationForm(form)) return fail(400, '没有这个表单。')
  await limited(req, 'challengePerAddress')
  return new Answer(200, await issueChallenge(req.payload, form))
})

const submitMessage = endpoint('/messages', 'post', async (req) => {
  const raw = await jsonBody(req)
  const parsed = MESSAGE_SUBMISSION.safeParse(raw)
  if (!parsed.success) {
    return new Answer(400, { errors: parsed.error.issues.map((issue) => ({ message: issue.message, field: issue.path.join('.') })) })
  }
  const { altcha, [HONEYPOT_FIELD]: honeypot, contactName, contactPhone, consent: _consent, ...data } = parsed.data
  const evidence: GateEvidence = {
    form: 'messages',
    altcha,
    honeypot,
    address: addressOf(req.headers),
    deviceToken: req.headers.get(DEVICE_HEADER),
    contact: { contactName: contactName || undefined, contactPhone: contactPhone || undefined },
  }
  const context = { [GATE_CONTEXT]: evidence }
  const doc = await req.payload.create({
    collection: 'messages',
    data: { ...data, status: 'received' },
    context,
    overrideAccess: true,
    depth: 0,
  })
  const pass = passFor(evidence)
  if (!pass) throw new Error('a message saved without a gate pass')
  const receipt: SubmissionReceipt = { receipt: pass.receipt.code, reference: doc.reference ?? '', receivedAt: doc.receivedAt ?? '' }
  return new Answer(201, receipt)
})

const showReceipt = endpoint('/receipts/:code', 'get', async (req) => {
  await limited(req, 'receiptPerAddress')
  const view = await receiptView(req.payload, String(req.routeParams?.code ?? ''))
  return view ? new Answer(200, view) : fail(404, '没有找到这个回执码对应的内容：请核对回执码；已撤回或已到期删除的内容也查不到。')
})

const withdrawReceipt = endpoint('/receipts/:code', 'delete', async (req) => {
  await limited(req, 'receiptPerAddress')
  const done = await withdraw(req.payload, String(req.routeParams?.code ?? ''))
  return done ? new Answer(200, { withdrawn: true }) : fail(404, '没有找到这个回执码对应的内容，可能已经撤回或到期删除。')
})

/** Preflight for every path under the prefix: CORS only, nothing else happens. */
const preflight: Endpoint = {
  path: '/participation/:rest*',
  method: 'options',
  handler: async (req) => new Response(null, { status: 204, headers: corsHeaders(req.headers.get('origin')) }),
}

export const participationEndpoints: Endpoint[] = [challenge, submitMessage, showReceipt, withdrawReceipt, preflight]
