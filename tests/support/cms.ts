import { inject } from 'vitest'
import type { Figure } from '../../cms/payload-types.ts'
import { run } from '../../cms/runtime/processes.ts'
import { DEMO_EMAIL } from '../../cms/seed/constants.ts'
import { paragraphs } from '../../cms/seed/richText.ts'

export const stack = () => inject('stack')

export async function api<T = unknown>(
  pathAndQuery: string,
  init: { method?: string; token?: string; body?: unknown; form?: FormData } = {},
): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (init.token) headers.authorization = `JWT ${init.token}`
  let body: BodyInit | undefined
  if (init.form) body = init.form
  else if (init.body !== undefined) {
    headers['content-type'] = 'application/json'
    body = JSON.stringify(init.body)
  }
  const response = await fetch(`${stack().cmsUrl}${pathAndQuery}`, { method: init.method ?? 'GET', headers, body })
  const text = await response.text()
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T }
}

export async function loginAsEditor(): Promise<string> {
  const { status, body } = await api<{ token: string }>('/api/users/login', {
    method: 'POST',
    body: { email: DEMO_EMAIL, password: stack().demoPassword },
  })
  if (status !== 200) throw new Error(`login failed: ${status}`)
  return body.token
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
  const { status: code, body } = await api<{ doc: Figure }>(`/api/figures${status === 'draft' ? '?draft=true' : ''}`, {
    method: 'POST',
    token,
    body: {
      name,
      honourTitle: '测试称号',
      honourKind: 'good-neighbour',
      area: await areaId('三桥街道'),
      summary: `${name}的一句话简介（测试数据 ${counter}）`,
      story: paragraphs([`${name}的事迹正文（测试数据）。`]),
      _status: status,
    },
  })
  if (code !== 201) throw new Error(`create failed: ${code} ${JSON.stringify(body)}`)
  return body.doc
}

export async function setStatus(token: string, id: number, status: 'draft' | 'published'): Promise<void> {
  // Without ?draft=true the main document changes: this publishes or unpublishes it.
  const { status: code } = await api(`/api/figures/${id}`, {
    method: 'PATCH',
    token,
    body: { _status: status },
  })
  if (code !== 200) throw new Error(`status change failed: ${code}`)
}

/** Builds the site the way `npm run build:site` does, into this run's scratch folders. */
export async function buildSite(envOverrides: Record<string, string> = {}): Promise<string> {
  await run('tsx', ['site/build.ts'], { ...process.env, ...stack().env, ...envOverrides }, '构建网站')
  return stack().env.SITE_DIR as string
}
