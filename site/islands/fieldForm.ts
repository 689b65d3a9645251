/**
 * The server's half of the 入户代填 island: its props, from the contract (the bundle never
 * imports contract/participation.ts, so zod stays out of the browser).
 */
import { FIELD_PAGE, FIELD_SYNC_LIMIT } from '../../contract/participation.ts'
import type { FieldEntryProps } from './fieldTypes.ts'

/** The page's service worker: a file of the page's own folder, so its scope is the page and nothing else. */
export const FIELD_WORKER = `${FIELD_PAGE}sw.js`
export const FIELD_MANIFEST = `${FIELD_PAGE}manifest.webmanifest`

/** `participationUrl`: PARTICIPATION_URL, e.g. https://cms.example.cn/api/participation. */
export function fieldEntryProps(participationUrl: string): FieldEntryProps {
  const base = participationUrl.replace(/\/+$/, '')
  return {
    idBase: 'field',
    surveysUrl: `${base}/field/surveys`,
    syncUrl: `${base}/field/sync`,
    syncLimit: FIELD_SYNC_LIMIT,
    worker: { url: FIELD_WORKER, scope: FIELD_PAGE },
  }
}
