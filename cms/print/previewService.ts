/**
 * The one way the admin reaches the loopback preview service (ops/preview.ts, started by
 * `npm start`): 打印预览 and 实时预览 both pass a request through it with the signed-in
 * user's token, and pass back the answer with the headers they name.
 */
import type { PayloadRequest } from 'payload'

import { config } from '../../contract/config'
import { forwardedAuthorization } from '../auth/forwardedToken'

export async function callPreviewService(
  req: PayloadRequest,
  pathAndQuery: string,
  { body, passedOn, timeoutMs }: { body?: string; passedOn: readonly string[]; timeoutMs?: number },
): Promise<Response> {
  // `timeoutMs`: how long the answer may take to begin (a stuck service must not hold the
  // request); once it begins, a large PDF streams for as long as it needs.
  const abort = new AbortController()
  const timer = timeoutMs ? setTimeout(() => abort.abort(new DOMException('timeout', 'TimeoutError')), timeoutMs) : undefined
  let response: Response
  try {
    response = await fetch(`${config().printPreviewUrl}${pathAndQuery}`, {
      method: body === undefined ? 'GET' : 'POST',
      body,
      signal: abort.signal,
      headers: { ...forwardedAuthorization(req), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    })
  } catch {
    const timedOut = abort.signal.aborted
    return Response.json(
      { message: timedOut ? '预览生成超时，请稍后再试。' : '预览服务没有运行（它随 npm start 启动）。' },
      { status: timedOut ? 504 : 503 },
    )
  } finally {
    clearTimeout(timer)
  }
  const passed = new Headers({ 'cache-control': 'no-store' })
  for (const name of passedOn) {
    const value = response.headers.get(name)
    if (value) passed.set(name, value)
  }
  return new Response(response.body, { status: response.status, headers: passed })
}
