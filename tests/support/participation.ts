/**
 * A resident's side of the participation API, scripted: fetch a challenge, solve it the way
 * the widget's workers do (altcha-lib with node's PBKDF2), and post a form — from the
 * public site's origin, as a browser would.
 */
import { randomBytes } from 'node:crypto'

import { type Challenge, solveChallenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2'
import type { Payload } from 'payload'

import { DEVICE_HEADER, NOTICE_VERSION, PARTICIPATION_PREFIX } from '../../contract/participation.ts'
import { stack } from './cms.ts'

export const SITE_ORIGIN = 'https://xhl.example.cn'

export interface Sent {
  status: number
  body: { receipt?: string; reference?: string; errors?: { message: string; field?: string }[] } & Record<string, unknown>
  headers: Headers
}

export interface From {
  base?: string
  /** X-Forwarded-For, honoured only by an admin that trusts loopback as its proxy. */
  address?: string
  device?: string
}

export const newDevice = () => randomBytes(16).toString('base64url')

/**
 * Every test file sends from the same address, and one run holds them all: each file that
 * submits starts with the throttles forgotten, so the per-address limit (30 an hour) measures
 * that file alone. participation-gate.test.ts tests the throttles themselves.
 */
export const forgetThrottles = (payload: Payload) => payload.db.drizzle.execute('delete from participation_limits')

export async function call(path: string, init: RequestInit & From = {}): Promise<Sent> {
  const headers = new Headers(init.headers)
  headers.set('origin', SITE_ORIGIN)
  if (init.address) headers.set('x-forwarded-for', init.address)
  if (init.device) headers.set(DEVICE_HEADER, init.device)
  const response = await fetch(`${init.base ?? stack().cmsUrl}${PARTICIPATION_PREFIX}${path}`, { ...init, headers })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : {}, headers: response.headers }
}

export async function challengeFor(form: string, from: From = {}): Promise<Challenge> {
  const { status, body } = await call(`/challenge?form=${form}`, from)
  if (status !== 200) throw new Error(`challenge: ${status} ${JSON.stringify(body)}`)
  return body as unknown as Challenge
}

/** The widget's payload for a solved challenge: base64 of { challenge, solution }. */
export async function solved(challenge: Challenge): Promise<string> {
  const solution = await solveChallenge({ challenge, deriveKey })
  if (!solution) throw new Error('challenge not solved')
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64')
}

export const solvedFor = async (form: string, from: From = {}) => solved(await challengeFor(form, from))

export function messageBody(altcha: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { kind: 'consult', body: '请问社区的文明实践站周末开放吗？', consent: NOTICE_VERSION, altcha, ...extra }
}

export function post(path: string, body: unknown, from: From = {}): Promise<Sent> {
  return call(path, { ...from, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
}

/** A 好人推荐 as the site's form sends it: multipart, the fields as JSON in `data`, photos as `photo`. */
export async function nominate(fields: Record<string, unknown>, photos: { data: Buffer; name: string; type?: string }[] = []) {
  const form = new FormData()
  const altcha = await solvedFor('nominations')
  form.append('data', JSON.stringify({ consent: NOTICE_VERSION, altcha, ...fields }))
  for (const photo of photos) form.append('photo', new Blob([new Uint8Array(photo.data)], { type: photo.type ?? 'image/jpeg' }), photo.name)
  const response = await fetch(`${stack().cmsUrl}${PARTICIPATION_PREFIX}/nominations`, {
    method: 'POST',
    headers: { origin: SITE_ORIGIN, [DEVICE_HEADER]: newDevice() },
    body: form,
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { errors?: { message: string }[] } }
}
