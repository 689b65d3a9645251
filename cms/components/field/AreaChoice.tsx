'use client'
/**
 * Whose area a 户码 batch or a 代填授权 is for: a community worker's own (the server decides,
 * nothing to choose); an editor or administrator picks one.
 */
import { useAuth } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

interface Area {
  id: number
  name: string
}

export const fieldInput = { padding: '0.4rem', font: 'inherit', minHeight: '2.5rem' } as const
export const muted = { color: 'var(--theme-elevation-600)', fontSize: '0.85em' } as const

/** The chosen area (null for a community worker, whose own is used) and the select for staff. */
export function useAreaChoice(id: string) {
  const { user } = useAuth<{ role?: string }>()
  const staff = !!user && user.role !== 'community'
  const [areas, setAreas] = useState<Area[]>([])
  const [area, setArea] = useState<number | null>(null)
  useEffect(() => {
    if (!staff) return
    fetch('/api/areas?limit=500&depth=0&sort=name&select[name]=true', { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((body: { docs: Area[] }) => setAreas(body.docs))
      .catch(() => setAreas([]))
  }, [staff])
  const select = staff ? (
    <label htmlFor={id} style={{ display: 'block', marginBottom: '0.5rem' }}>
      区域{' '}
      <select
        id={id}
        value={area ?? ''}
        onChange={(event) => setArea(event.target.value ? Number(event.target.value) : null)}
        style={fieldInput}
      >
        <option value="">请选择区域</option>
        {areas.map((item) => (
          <option key={item.id} value={item.id}>
            {item.name}
          </option>
        ))}
      </select>
    </label>
  ) : null
  return { area: staff ? area : null, select }
}

/** POSTs JSON to the admin's API; the answer's body, or its first error message. */
export async function post<T>(path: string, body: unknown = {}): Promise<{ ok: true; body: T } | { ok: false; message: string }> {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).catch(() => null)
  const answer = (await response?.json().catch(() => null)) as (T & { errors?: { message: string }[] }) | null
  if (response?.ok && answer) return { ok: true, body: answer }
  return { ok: false, message: answer?.errors?.[0]?.message ?? '没有成功，请检查网络后再试。' }
}
