/**
 * 入户代填: the page a community worker opens on their phone from the admin's QR code. It
 * says which area and token it works with and whether it is ready for use without a
 * network, takes one household's sheet after another into the phone's queue, and syncs
 * the queue with the participation API whenever it can (useFieldEntry.ts). Rendered to
 * static HTML as a short note only: everything it shows lives on the phone.
 */
import { useEffect, useState } from 'react'

import { longDateTime } from '../../contract/time.ts'
import { FieldQueue } from './FieldQueue.tsx'
import { FieldSheet } from './FieldSheet.tsx'
import type { FieldEntryProps } from './fieldTypes.ts'
import { canSpeak } from './speak.ts'
import { type FieldEntryState, type TokenState, useFieldEntry } from './useFieldEntry.ts'

const TOKEN_STATES: Record<TokenState, string> = {
  none: '这台手机还没有代填授权',
  checking: '正在确认……',
  live: '有效',
  revoked: '已失效（到期或已停用），请重新扫码',
  unchecked: '暂时无法联网确认',
}

function LogoutButton({ entry }: { entry: FieldEntryState }) {
  const [asking, setAsking] = useState(false)
  const waiting = entry.queue.filter((sheet) => sheet.state === 'waiting').length
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)}>
        退出
      </button>
    )
  }
  return (
    <div className="field-confirm">
      <p>
        {waiting > 0
          ? `还有 ${waiting} 份答卷没有同步。退出后它们仍保存在这台手机上，但要重新扫码领取代填授权后才能同步。确定退出吗？`
          : '退出后这台手机需要重新扫码才能继续代填。确定退出吗？'}
      </p>
      <button
        type="button"
        className="danger"
        onClick={() => {
          setAsking(false)
          entry.logout()
        }}
      >
        确定退出
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        取消
      </button>
    </div>
  )
}

function StatusPanel({ entry }: { entry: FieldEntryState }) {
  const { kept, tokenState } = entry
  return (
    <section className="field-panel" aria-label="代填状态">
      <dl>
        <dt>负责区域</dt>
        <dd>{kept?.area || '—'}</dd>
        <dt>代填授权</dt>
        <dd className={`token-${tokenState}`}>{TOKEN_STATES[tokenState]}</dd>
        <dt>问卷更新于</dt>
        <dd>{kept ? longDateTime(kept.fetchedAt) : '—'}</dd>
        <dt>离线使用</dt>
        <dd>{entry.offlineReady ? '已就绪，没有网络也能打开本页' : '正在准备……'}</dd>
      </dl>
      <div className="field-actions">
        <button type="button" className="primary" disabled={!entry.token || entry.syncing} onClick={entry.syncNow}>
          {entry.syncing ? '正在同步……' : '立即同步'}
        </button>
        {entry.token && <LogoutButton entry={entry} />}
      </div>
    </section>
  )
}

export function FieldEntry(props: FieldEntryProps) {
  const entry = useFieldEntry(props)
  const [speakable, setSpeakable] = useState(false)
  useEffect(() => setSpeakable(canSpeak()), [])
  if (!entry.ready) {
    return (
      <section className="field-entry">
        <p className="field-loading">正在读取手机上保存的内容……</p>
      </section>
    )
  }
  const surveys = entry.kept?.surveys ?? []
  return (
    <section className="field-entry">
      <StatusPanel entry={entry} />
      <p className="field-message" role="status" aria-live="polite">
        {entry.message}
      </p>
      {!entry.token && (
        <p className="field-note">请在后台“代填授权”点“领取代填二维码”，用这台手机扫码打开本页。手机上已保存的答卷不会丢失。</p>
      )}
      {entry.kept && surveys.length === 0 && <p className="field-note">目前没有正在征集、可以入户代填的问卷。</p>}
      {surveys.length > 0 && (
        <FieldSheet idBase={props.idBase} surveys={surveys} queue={entry.queue} speakable={speakable} onSave={entry.save} />
      )}
      <FieldQueue queue={entry.queue} onRemove={entry.remove} />
    </section>
  )
}
