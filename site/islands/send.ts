/**
 * The browser half of a submission: the device token kept in localStorage, the POST to
 * the participation API (cross-origin, no cookies) and the reading of its answer.
 */

export interface Receipt {
  receipt: string
  reference: string
  receivedAt: string
}
export interface SendError {
  message: string
  field?: string
}
/** `status`: the API's answer (409: answered already, or closed), 0 when it was not reached. */
export type SendResult = { ok: true; receipt: Receipt } | { ok: false; status: number; errors: SendError[] }

const DEVICE_KEY = 'xhl-device-token'

/** 128 random bits, base64url: made once per browser, sent with every submission. */
export function deviceToken(): string {
  try {
    const kept = localStorage.getItem(DEVICE_KEY)
    if (kept) return kept
  } catch {
    // Storage refused (private mode): a fresh token each time is still a valid token.
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  const token = btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
  try {
    localStorage.setItem(DEVICE_KEY, token)
  } catch {}
  return token
}

const NETWORK_ERROR = '网络连接失败，内容没有发出。请检查网络后再点“提交”，已填写的内容不会丢失。'

export function readErrors(body: unknown, status: number): SendError[] {
  const errors = (body as { errors?: unknown } | null)?.errors
  if (Array.isArray(errors) && errors.every((e) => typeof e?.message === 'string')) return errors as SendError[]
  if (status === 413) return [{ message: '提交的内容太大（照片太大），请删掉一张照片后再试。' }]
  return [{ message: `提交没有成功（错误代码 ${status}），请稍后再试。` }]
}

async function send(url: string, body: BodyInit, headers: Record<string, string>): Promise<SendResult> {
  let response: Response
  try {
    response = await fetch(url, { method: 'POST', headers, body, credentials: 'omit', referrerPolicy: 'strict-origin-when-cross-origin' })
  } catch {
    return { ok: false, status: 0, errors: [{ message: NETWORK_ERROR }] }
  }
  const parsed: unknown = await response.json().catch(() => null)
  if (response.status === 201 && parsed && typeof (parsed as Receipt).receipt === 'string') {
    return { ok: true, receipt: parsed as Receipt }
  }
  return { ok: false, status: response.status, errors: readErrors(parsed, response.status) }
}

/** A form of text only, as JSON. */
export function sendJson(url: string, body: unknown, headers: Record<string, string>): Promise<SendResult> {
  return send(url, JSON.stringify(body), { 'content-type': 'application/json', ...headers })
}

/** A form with files, as multipart/form-data: the fields as JSON in `data`, each file under `fileField` (the browser sets the boundary). */
export function sendMultipart(
  url: string,
  data: unknown,
  files: { blob: Blob; name: string }[],
  fileField: string,
  headers: Record<string, string>,
): Promise<SendResult> {
  const form = new FormData()
  form.append('data', JSON.stringify(data))
  for (const file of files) form.append(fileField, file.blob, file.name)
  return send(url, form, headers)
}
