'use client'
/** 结项报告, as the team files it from a phone: what happened, photos, and the consent tick. */
import { Button } from '@payloadcms/ui'
import { useState } from 'react'

import { muted, send, wide } from './deskData'

export function ReportForm({ id, onProblem }: { id: number | string; onProblem(message: string): void }) {
  const [text, setText] = useState('')
  const [consent, setConsent] = useState(false)
  const [photos, setPhotos] = useState<File[]>([])
  const [busy, setBusy] = useState(false)
  async function file() {
    setBusy(true)
    const form = new FormData()
    form.append('text', text)
    form.append('photoConsent', String(consent))
    for (const photo of photos) form.append('photo', photo, photo.name)
    const problem = await send(
      `/api/service-orders/${id}/report`,
      { method: 'POST', body: form },
      '结项报告已提交，课单已完成；新闻稿草稿已生成，等待审核。',
    )
    setBusy(false)
    if (problem) onProblem(problem)
  }
  return (
    <fieldset style={{ border: '1px solid var(--theme-elevation-150)', padding: '0.5rem', margin: '0.75rem 0', minWidth: 0 }}>
      <legend>结项报告</legend>
      <label htmlFor="order-report-text" style={{ display: 'block' }}>
        服务情况（至少 20 个字）
      </label>
      <textarea id="order-report-text" rows={5} value={text} onChange={(event) => setText(event.target.value)} style={wide} />
      <label htmlFor="order-report-photos" style={{ display: 'block', marginTop: '0.5rem' }}>
        现场照片（选填，最多 6 张，每张不超过 4 MB）
      </label>
      <input
        id="order-report-photos"
        type="file"
        accept="image/*"
        multiple
        onChange={(event) => setPhotos([...(event.target.files ?? [])])}
        style={wide}
      />
      <label style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', margin: '0.5rem 0' }}>
        <input type="checkbox" checked={consent} onChange={(event) => setConsent(event.target.checked)} />
        照片中的人已同意
      </label>
      <div style={muted}>提交后课单即完成，平台据此生成新闻稿草稿，审核通过后才会发布。</div>
      <Button buttonStyle="primary" size="small" disabled={busy} onClick={file}>
        {busy ? '正在提交……' : '提交结项报告'}
      </Button>
    </fieldset>
  )
}
