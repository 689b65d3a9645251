import { getPayload, type Payload } from 'payload'
import { inject } from 'vitest'
import { DEMO_EMAIL } from '../../cms/seed/constants.ts'
import { paragraphs } from '../../cms/seed/richText.ts'
import type { Figure } from '../../contract/payload-types.ts'
import { run } from '../../ops/processes.ts'

export const stack = () => inject('stack')

/** A request to the test admin (or the admin at `base`); the body parsed when it is JSON, and the raw text. */
export async function api<T = unknown>(
  pathAndQuery: string,
  init: { method?: string; token?: string; body?: unknown; form?: FormData; base?: string } = {},
): Promise<{ status: number; body: T; text: string }> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (init.token) headers.authorization = `JWT ${init.token}`
  let body: BodyInit | undefined
  if (init.form) body = init.form
  else if (init.body !== undefined) {
    headers['content-type'] = 'application/json'
    body = JSON.stringify(init.body)
  }
  const response = await fetch(`${init.base ?? stack().cmsUrl}${pathAndQuery}`, { method: init.method ?? 'GET', headers, body })
  const text = await response.text()
  return { status: response.status, body: (/^\s*[[{]/.test(text) ? JSON.parse(text) : null) as T, text }
}

const tokens = new Map<string, string>()

/** A session token for a demo account, by email (signed in once per test file and admin). */
export async function login(email: string, base?: string): Promise<string> {
  const key = `${base ?? ''} ${email}`
  const cached = tokens.get(key)
  if (cached) return cached
  const { status, body } = await api<{ token: string }>('/api/users/login', {
    method: 'POST',
    body: { email, password: stack().demoPassword },
    base,
  })
  if (status !== 200) throw new Error(`login failed for ${email}: ${status}`)
  tokens.set(key, body.token)
  return body.token
}

export const loginAsEditor = () => login(DEMO_EMAIL)

export const REVIEWER = (level: 1 | 2 | 3) => `reviewer${level}@xinghualing.example`

/** POST /api/<collection>/:id/workflow as the signed-in user. */
export function workflow(collection: string, id: number, token: string, body: Record<string, unknown>) {
  return api<{ state?: string; message?: string; failures?: { path: string; message: string }[] }>(`/api/${collection}/${id}/workflow`, {
    method: 'POST',
    token,
    body,
  })
}

/** Takes a draft through submission and every review level (two by default) to published. */
export async function publishThroughReview(collection: string, id: number): Promise<void> {
  const steps: [string, Record<string, unknown>][] = [
    [DEMO_EMAIL, { action: 'submit' }],
    [REVIEWER(1), { action: 'approve' }],
    [REVIEWER(2), { action: 'approve' }],
  ]
  for (const [email, body] of steps) {
    const { status, body: result } = await workflow(collection, id, await login(email), body)
    if (status !== 200) throw new Error(`${body.action} by ${email} failed: ${status} ${JSON.stringify(result)}`)
  }
}

export async function graphql<T>(query: string, token?: string): Promise<T> {
  const { body } = await api<T>('/api/graphql', { method: 'POST', token, body: { query } })
  return body
}

let counter = 0

/** The id of a seeded area, by its name. */
export async function areaId(name: string): Promise<number> {
  const { body } = await api<{ docs: { id: number }[] }>(`/api/areas?where[name][equals]=${encodeURIComponent(name)}&depth=0`)
  const id = body.docs[0]?.id
  if (id === undefined) throw new Error(`no area ${name}`)
  return id
}

/** A figure with every required field, saved through the REST API as the editor. */
export async function createFigure(token: string, name: string, status: 'draft' | 'published'): Promise<Figure> {
  counter += 1
  const { status: code, body } = await api<{ doc: Figure }>('/api/figures?draft=true', {
    method: 'POST',
    token,
    body: {
      name,
      honourTitle: '测试称号',
      honourKind: 'good-neighbour',
      area: await areaId('三桥街道'),
      summary: `${name}的一句话简介（测试数据 ${counter}）`,
      story: paragraphs([`${name}的事迹正文（测试数据）。`]),
      _status: 'draft',
    },
  })
  if (code !== 201) throw new Error(`create failed: ${code} ${JSON.stringify(body)}`)
  if (status === 'draft') return body.doc
  await publishThroughReview('figures', body.doc.id)
  return (await api<Figure>(`/api/figures/${body.doc.id}`)).body
}

/** Withdraws a published figure (as the administrator) or publishes a draft through review. */
export async function setStatus(id: number, status: 'draft' | 'published'): Promise<void> {
  if (status === 'published') return publishThroughReview('figures', id)
  const { status: code, body } = await workflow('figures', id, await login('admin@xinghualing.example'), { action: 'unpublish' })
  if (code !== 200) throw new Error(`unpublish failed: ${code} ${JSON.stringify(body)}`)
}

/** Deletes a document as the administrator does: a live one is first taken down through the workflow (issue 14). */
export async function removeDocument(collection: string, id: number): Promise<{ status: number; text: string }> {
  const admin = await login('admin@xinghualing.example')
  if ((await api<{ _status?: string }>(`/api/${collection}/${id}`)).body?._status === 'published') {
    const { status, body } = await workflow(collection, id, admin, { action: 'unpublish' })
    if (status !== 200) throw new Error(`unpublish ${collection} ${id} failed: ${status} ${JSON.stringify(body)}`)
  }
  return api(`/api/${collection}/${id}`, { method: 'DELETE', token: admin })
}

/** Builds the site the way `npm run build:site` does, into this run's scratch folders. */
export async function buildSite(envOverrides: Record<string, string> = {}, args: string[] = []): Promise<string> {
  await run('tsx', ['ops/build-site.ts', ...args], { ...process.env, ...stack().env, ...envOverrides }, '构建网站')
  return envOverrides.SITE_DIR ?? (stack().env.SITE_DIR as string)
}

/**
 * The Local API on the test stack's database, for tests that call it with access checked
 * (overrideAccess: false). The config reads its environment when first imported, so it
 * is loaded only now. Destroy it in afterAll.
 */
export async function localPayload(): Promise<Payload> {
  process.env.DATABASE_URL = stack().databaseUrl
  process.env.PAYLOAD_SECRET = stack().env.PAYLOAD_SECRET
  process.env.MEDIA_DIR = stack().mediaDir
  const { default: config } = await import('../../cms/payload.config.ts')
  return getPayload({ config })
}
