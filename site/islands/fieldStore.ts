/**
 * 入户代填 on the phone (localStorage): the 代填授权 token, the surveys last fetched with it
 * (for filling in without a network) and the queue of answer sheets, each with where its
 * sync stands. The queue is read and written whole on every change, so a save during a
 * sync and the sync's results never overwrite each other: both go through `updateQueue`.
 * 退出 forgets the token and the surveys, never the queue.
 */
import type { FieldItemResult, FieldSurvey, QueuedSheet } from './fieldTypes.ts'

const TOKEN = 'xhl-field-token'
const SURVEYS = 'xhl-field-surveys'
const QUEUE = 'xhl-field-queue'
/** Synced sheets stay listed this long, then go (refused and waiting ones stay until dealt with). */
const KEEP_SYNCED_MS = 30 * 86_400_000

function read(key: string): unknown {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null')
  } catch {
    return null
  }
}

function write(key: string, value: unknown): boolean {
  try {
    if (value === null) localStorage.removeItem(key)
    else localStorage.setItem(key, JSON.stringify(value))
    return true
  } catch {
    return false
  }
}

/** A token as the admin makes them: 43 characters of base64url. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/

export const loadToken = (): string | null => {
  const token = read(TOKEN)
  return typeof token === 'string' && TOKEN_PATTERN.test(token) ? token : null
}
export const saveToken = (token: string | null) => write(TOKEN, token)

export interface KeptSurveys {
  area: string
  surveys: FieldSurvey[]
  /** When they were fetched (ISO). */
  fetchedAt: string
}

export function loadSurveys(): KeptSurveys | null {
  const kept = read(SURVEYS) as Partial<KeptSurveys> | null
  if (!kept || !Array.isArray(kept.surveys) || typeof kept.fetchedAt !== 'string') return null
  return { area: typeof kept.area === 'string' ? kept.area : '', surveys: kept.surveys, fetchedAt: kept.fetchedAt }
}
export const saveSurveys = (kept: KeptSurveys | null) => write(SURVEYS, kept)

const isSheet = (value: unknown): value is QueuedSheet => {
  const sheet = value as QueuedSheet | null
  return !!sheet && typeof sheet === 'object' && typeof sheet.item?.clientId === 'string' && typeof sheet.state === 'string'
}

export function loadQueue(): QueuedSheet[] {
  const kept = read(QUEUE)
  return Array.isArray(kept) ? kept.filter(isSheet) : []
}

/** Reads the queue, changes it, writes it back; false in `saved` when the phone refused to store it. */
export function updateQueue(change: (queue: QueuedSheet[]) => QueuedSheet[]): { queue: QueuedSheet[]; saved: boolean } {
  const queue = change(loadQueue())
  return { queue, saved: write(QUEUE, queue) }
}

/** The queue with a sync's results applied: accepted and duplicate are both 已同步, refused keeps its reason. */
export function applyResults(queue: QueuedSheet[], results: FieldItemResult[], now = Date.now()): QueuedSheet[] {
  const byId = new Map(results.map((result) => [result.clientId, result]))
  return queue
    .map((sheet): QueuedSheet => {
      const result = sheet.state === 'waiting' ? byId.get(sheet.item.clientId) : undefined
      if (!result) return sheet
      if (result.status === 'refused') return { ...sheet, state: 'refused', message: result.message }
      return { ...sheet, state: 'synced', reference: result.reference, message: undefined }
    })
    .filter((sheet) => sheet.state !== 'synced' || now - Date.parse(sheet.item.filledAt) < KEEP_SYNCED_MS)
}

/** 户码 as typed, made plain: full-width forms and spaces gone, capitals (the server forgives the same). */
export const plainHousehold = (typed: string) => typed.normalize('NFKC').replace(/\s+/g, '').toUpperCase()
