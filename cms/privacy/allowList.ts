import type { Payload } from 'payload'

import { allowListKeys } from './detector'

/** The keys the administrators' 隐私白名单 clears, however each entry was written. */
export async function loadAllowList(payload: Payload): Promise<Set<string>> {
  const list = await payload.findGlobal({ slug: 'privacy-allowlist', depth: 0 })
  return new Set((list.entries ?? []).flatMap((entry) => allowListKeys(entry.text)))
}
