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
  NOMINATION_LIMITS,
  NOMINATION_SUBMISSION,
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

type Files = NonNullable<GateEvidence['files']>

/** What every form sends besides its own fields, taken off before the record is saved. */
interface Sent {
  altcha: string
  website?: string
  contactName?: string
  contactPhone?: string
  consent: string
}

const invalid = (issues: { message: string; path: PropertyKey[] }[]) =>
  new Answer(400, { errors: issues.map((issue) => ({ message: issue.message, field: issue.path.map(String).join('.') })) })

/** Saves a resident's record through the gate (its collection's hooks run every check) and answers with the receipt. */
async function submit(req: PayloadRequest, form: 'messages' | 'nominations', sent: Sent & Record<string, unknown>, files?: Files) {
  const { altcha, [HONEYPOT_FIELD]: honeypot, contactName, contactPhone, consent: _consent, ...data } = sent
  const evidence: GateEvidence = {
    form,
    altcha,
    honeypot: honeypot as string | undefined,
    address: addressOf(req.headers),
    deviceToken: req.headers.get(DEVICE_HEADER),
    contact: { contactName: contactName || undefined, contactPhone: contactPhone || undefined },
    files,
  }
  const doc = (await req.payload.create({
    collection: form,
    data: { ...data, status: 'received' } as never,
    context: { [GATE_CONTEXT]: evidence },
    overrideAccess: true,
    depth: 0,
  })) as { reference?: string | null; receivedAt?: string | null }
  const pass = passFor(evidence)
  if (!pass) throw new Error('a resident record saved without a gate pass')
  const receipt: SubmissionReceipt = { receipt: pass.receipt.code, reference: doc.reference ?? '', receivedAt: doc.receivedAt ?? '' }
  return new Answer(201, receipt)
}

const submitMessage = endpoint('/messages', 'post', async (req) => {
  const parsed = MESSAGE_SUBMISSION.safeParse(await jsonBody(req))
  return parsed.success ? submit(req, 'messages', parsed.data) : invalid(parsed.error.issues)
})

/** Multipart: the fields as JSON in `data`, up to three photos as `photo`. */
async function nominationBody(req: PayloadRequest): Promise<{ data: unknown; files: Files }> {
  if (!/^multipart\/form-data\b/i.test(req.headers.get('content-type') ?? '')) throw fail(415, '请以表单（multipart/form-data）提交。')
  const form = await req.formData?.().catch(() => undefined)
  if (!form) throw fail(400, '提交的内容无法读取，请刷新页面后重试。')
  let data: unknown
  try {
    data = JSON.parse(String(form.get('data') ?? ''))
  } catch {
    throw fail(400, '提交的内容无法读取，请刷新页面后重试。')
  }
  const photos = form.getAll('photo').filter((item): item is File => typeof item === 'object')
  if (photos.length > NOMINATION_LIMITS.photos) throw fail(400, `最多上传 ${NOMINATION_LIMITS.photos} 张照片。`, 'photo')
  const files: Files = []
  for (const photo of photos) {
    if (photo.size > NOMINATION_LIMITS.photoBytes) throw fail(400, `照片“${photo.name}”太大：每张不超过 1.5 MB，请缩小后再传。`, 'photo')
    files.push({ data: Buffer.from(await photo.arrayBuffer()), mimetype: photo.type, name: photo.name, size: photo.size })
  }
  return { data, files }
}

const submitNomination = endpoint('/nominations', 'post', async (req) => {
  const { data, files } = await nominationBody(req)
  const parsed = NOMINATION_SUBMISSION.safeParse(data)
  return parsed.success ? submit(req, 'nominations', parsed.data, files) : invalid(parsed.error.issues)
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

export const participationEndpoints: Endpoint[] = [challenge, submitMessage, submitNomination, showReceipt, withdrawReceipt, preflight]
