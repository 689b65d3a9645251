/**
 * The 入户代填 page's talk with the participation API: the surveys open to the token, and
 * the sync of the sheets waiting on the phone, in batches of at most `syncLimit`. After
 * each batch its results are written to the queue at once (a sheet once 已同步 is never
 * sent again; the server would call it a duplicate anyway). One sync at a time: a second
 * call while one runs gets the running one's outcome.
 */
import { applyResults, loadQueue, updateQueue } from './fieldStore.ts'
import type { FieldItemResult, FieldSurvey, QueuedSheet } from './fieldTypes.ts'

export type SyncOutcome =
  | { kind: 'done'; sent: number; refused: number }
  | { kind: 'nothing' }
  | { kind: 'unauthorized' }
  | { kind: 'offline' }
  | { kind: 'failed'; status: number }

export const REVOKED = '代填授权已失效（到期或已停用）：请在后台“代填授权”领取新的代填二维码，用这台手机扫码后再同步。手机上的答卷都还在。'
export const OFFLINE = '网络不通，已保存在手机上，联网后会自动同步。'

const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

export type SurveysAnswer =
  | { kind: 'ok'; area: string; surveys: FieldSurvey[] }
  | { kind: 'unauthorized' }
  | { kind: 'offline' }
  | { kind: 'failed'; status: number }

export async function fetchSurveys(url: string, token: string): Promise<SurveysAnswer> {
  let response: Response
  try {
    response = await fetch(url, { headers: bearer(token), credentials: 'omit', cache: 'no-store' })
  } catch {
    return { kind: 'offline' }
  }
  if (response.status === 401) return { kind: 'unauthorized' }
  const body = (await response.json().catch(() => null)) as { area?: string; surveys?: FieldSurvey[] } | null
  if (!response.ok || !body || !Array.isArray(body.surveys)) return { kind: 'failed', status: response.status }
  return { kind: 'ok', area: body.area ?? '', surveys: body.surveys }
}

async function sendBatch(
  url: string,
  token: string,
  batch: QueuedSheet[],
): Promise<FieldItemResult[] | Exclude<SyncOutcome, { kind: 'done' }>> {
  let response: Response
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { ...bearer(token), 'content-type': 'application/json' },
      body: JSON.stringify({ items: batch.map((sheet) => sheet.item) }),
      credentials: 'omit',
      cache: 'no-store',
    })
  } catch {
    return { kind: 'offline' }
  }
  if (response.status === 401) return { kind: 'unauthorized' }
  const body = (await response.json().catch(() => null)) as { results?: FieldItemResult[] } | null
  if (!response.ok || !Array.isArray(body?.results)) return { kind: 'failed', status: response.status }
  return body.results
}

async function syncAll(url: string, token: string, limit: number, onChange: (queue: QueuedSheet[]) => void): Promise<SyncOutcome> {
  let sent = 0
  let refused = 0
  // Each sheet is tried once per sync: a batch's refused sheets leave the waiting list, so the loop ends.
  const tried = new Set<string>()
  for (;;) {
    const batch = loadQueue()
      .filter((sheet) => sheet.state === 'waiting' && !tried.has(sheet.item.clientId))
      .slice(0, limit)
    if (batch.length === 0) return sent + refused === 0 ? { kind: 'nothing' } : { kind: 'done', sent, refused }
    for (const sheet of batch) tried.add(sheet.item.clientId)
    const results = await sendBatch(url, token, batch)
    if (!Array.isArray(results)) return results
    onChange(updateQueue((queue) => applyResults(queue, results)).queue)
    sent += results.filter((result) => result.status !== 'refused').length
    refused += results.filter((result) => result.status === 'refused').length
  }
}

let running: Promise<SyncOutcome> | null = null

/** Sends every waiting sheet; `onChange` hears the queue after each batch. */
export function syncQueue(url: string, token: string, limit: number, onChange: (queue: QueuedSheet[]) => void): Promise<SyncOutcome> {
  if (!running) {
    running = syncAll(url, token, limit, onChange).finally(() => {
      running = null
    })
  }
  return running
}

export const isSyncing = () => running !== null

/** What the page says after a sync. */
export function syncMessage(outcome: SyncOutcome): string {
  switch (outcome.kind) {
    case 'done':
      return outcome.refused
        ? `已同步 ${outcome.sent} 份，${outcome.refused} 份未通过，请看下面列表中的原因。`
        : `已同步 ${outcome.sent} 份答卷。`
    case 'nothing':
      return '没有待同步的答卷。'
    case 'unauthorized':
      return REVOKED
    case 'offline':
      return OFFLINE
    case 'failed':
      return `同步没有完成（服务器答复 ${outcome.status}），答卷已保存在手机上，请稍后点“立即同步”再试。`
  }
}
