/**
 * The participation API: the admin's only public write path, all under
 * /api/participation/ so a deployment can expose that prefix alone. Each handler only
 * reads the request into evidence and data; the checks themselves run in the
 * collections' hooks (gate/gate.ts).
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { isParticipationForm, MESSAGE_SUBMISSION, NOMINATION_LIMITS, NOMINATION_SUBMISSION } from '../../contract/participation'
import { Answer, endpoint, type Files, fail, invalid, jsonBody, limited, submit } from './api'
import { electionEndpoints } from './elections/endpoints'
import { eventEndpoints } from './events/endpoints'
import { issueChallenge } from './gate/altcha'
import { corsHeaders } from './gate/cors'
import { receiptView, withdraw } from './receipts'
import { serviceEndpoints } from './services/endpoints'
import { surveyEndpoints } from './surveys/endpoints'
import { fieldEndpoints } from './surveys/fieldSync'

const challenge = endpoint('/challenge', 'get', async (req) => {
  const form = req.searchParams.get('form')
  if (!isParticipationForm(form)) return fail(400, '没有这个表单。')
  await limited(req, 'challengePerAddress')
  return new Answer(200, await issueChallenge(req.payload, form))
})

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

export const participationEndpoints: Endpoint[] = [
  challenge,
  submitMessage,
  submitNomination,
  ...surveyEndpoints,
  ...fieldEndpoints,
  ...electionEndpoints,
  ...eventEndpoints,
  ...serviceEndpoints,
  showReceipt,
  withdrawReceipt,
  preflight,
]
