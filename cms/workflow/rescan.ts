/**
 * Live content checked again whenever the privacy detector or the allow-list changes:
 * what was published under older rules may hold a number the new rules catch. Findings
 * go to the administrators (系统 › 隐私复查); nothing is taken down automatically, since
 * a finding may be an official number that only needs adding to the allow-list.
 */
import type { CollectionAfterDeleteHook, CollectionSlug, GlobalAfterChangeHook, Payload, PayloadRequest, TaskConfig } from 'payload'
import { REVIEWED_COLLECTIONS } from '../../contract/collections'
import { SCHEDULE_QUEUE } from '../../contract/queues'
import { documentTitle } from '../common/documentTitle'
import { loadAllowList } from '../privacy/allowList'
import { maskPrivateData } from '../privacy/detector'
import { privacyFindings, publicSpots } from './checks'

export const PRIVACY_RESCAN_TASK = 'privacyRescan'
/** The payload-kv key holding the fingerprint of the detector the live content was last checked with. */
export const CHECKED_WITH_KEY = 'privacy-detector-checked'

async function recordFindings(
  payload: Payload,
  collection: CollectionSlug,
  doc: Record<string, unknown>,
  allowed: ReadonlySet<string>,
  req?: PayloadRequest,
): Promise<number> {
  const { spots } = await publicSpots(payload, collection, doc)
  const findings = privacyFindings(spots, allowed)
  for (const { spot, finding } of findings) {
    await payload.create({
      collection: 'privacy-findings',
      data: {
        title: documentTitle(doc),
        document: { relationTo: collection as (typeof REVIEWED_COLLECTIONS)[number], value: doc.id as number },
        field: spot.label,
        kind: finding.kind,
        excerpt: maskPrivateData(finding.text),
        foundAt: new Date().toISOString(),
        status: 'open',
      },
      overrideAccess: true,
      req,
    })
  }
  return findings.length
}

/** Checks every published document again; open findings of earlier scans are replaced. */
export async function rescanLiveContent(payload: Payload, req?: PayloadRequest): Promise<{ scanned: number; findings: number }> {
  const allowed = await loadAllowList(payload)
  await payload.delete({ collection: 'privacy-findings', where: { status: { equals: 'open' } }, overrideAccess: true, req })
  let scanned = 0
  let findings = 0
  for (const collection of REVIEWED_COLLECTIONS) {
    for (let page = 1; ; page++) {
      const batch = await payload.find({
        collection,
        where: { _status: { equals: 'published' } },
        depth: 0,
        limit: 100,
        page,
        sort: 'id',
        overrideAccess: true,
        req,
      })
      for (const doc of batch.docs)
        findings += await recordFindings(payload, collection, doc as unknown as Record<string, unknown>, allowed, req)
      scanned += batch.docs.length
      if (!batch.hasNextPage) break
    }
  }
  if (findings > 0)
    payload.logger.warn(`隐私复查：在 ${scanned} 篇已发布内容中发现 ${findings} 处居民个人信息，请管理员到“系统 › 隐私复查”处理`)
  return { scanned, findings }
}

export const privacyRescanTask: TaskConfig<{ input: { fingerprint?: string | null }; output: { scanned: number; findings: number } }> = {
  slug: PRIVACY_RESCAN_TASK,
  label: '隐私复查已发布内容',
  inputSchema: [{ name: 'fingerprint', type: 'text' }],
  outputSchema: [
    { name: 'scanned', type: 'number', required: true },
    { name: 'findings', type: 'number', required: true },
  ],
  concurrency: { key: () => 'privacy-rescan', exclusive: true },
  retries: 3,
  handler: async ({ input, req }) => {
    const output = await rescanLiveContent(req.payload, req)
    if (input.fingerprint) await req.payload.kv.set(CHECKED_WITH_KEY, input.fingerprint)
    return { output }
  },
}

export async function queueRescan(payload: Payload, fingerprint: string | null, req?: PayloadRequest): Promise<void> {
  await payload.jobs.queue({ task: PRIVACY_RESCAN_TASK, queue: SCHEDULE_QUEUE, input: { fingerprint }, req })
}

/** A changed allow-list may expose what it used to clear: check live content again. */
export const queueRescanOnChange: GlobalAfterChangeHook = async ({ doc, req }) => {
  await queueRescan(req.payload, null, req)
  return doc
}

/** At start-up: when the detector's code differs from the one live content was last checked with, queue a re-scan. */
export async function queueRescanIfDetectorChanged(payload: Payload, fingerprint: string): Promise<boolean> {
  if ((await payload.kv.get<string>(CHECKED_WITH_KEY)) === fingerprint) return false
  await queueRescan(payload, fingerprint)
  return true
}

/** A deleted document takes its findings with it: nothing is left to handle, and a finding must not point at nothing. */
export const forgetPrivacyFindings: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  await req.payload.delete({
    collection: 'privacy-findings',
    where: { and: [{ 'document.relationTo': { equals: collection.slug } }, { 'document.value': { equals: id } }] },
    overrideAccess: true,
    req,
  })
}
