'use client'
/**
 * Above the 户码 list: 生成户码 for a 楼栋 (numbered on from its last), then the new codes
 * as a list to print and copy into the door record book (楼栋, 户序号, 户码 — never a name).
 */
import { Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { fieldInput, muted, post, useAreaChoice } from './AreaChoice'

interface Batch {
  building: string
  codes: { code: string; number: number }[]
}

const htmlText = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c] as string)

/** The batch on a page of its own, for the printer: a table and nothing else. */
function printBatch(batch: Batch) {
  const rows = batch.codes.map((made) => `<tr><td>${made.number}</td><td class="code">${htmlText(made.code)}</td><td></td></tr>`).join('')
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>户码 ${htmlText(batch.building)}</title>
<style>body{font-family:sans-serif;margin:1.5cm}table{border-collapse:collapse;width:100%}td,th{border:1px solid #000;padding:6px 10px;text-align:left}.code{font:700 1.3em monospace;letter-spacing:.1em}</style>
</head><body><h1>${htmlText(batch.building)} 户码</h1><p>入户代填和纸质问卷用，请抄在门牌记录本上；不记录姓名。</p>
<table><thead><tr><th>户序号</th><th>户码</th><th>门牌号（手写）</th></tr></thead><tbody>${rows}</tbody></table></body></html>`
  const opened = window.open('', '_blank')
  if (!opened) return void toast.error('浏览器拦截了打印窗口，请允许弹出窗口后再试。')
  opened.document.write(html)
  opened.document.close()
  opened.focus()
  opened.print()
}

function BatchList({ batch }: { batch: Batch }) {
  return (
    <div id="household-batch" style={{ margin: '1rem 0' }}>
      <p>
        已为“{batch.building}”生成 {batch.codes.length} 个户码：{' '}
        <Button buttonStyle="secondary" size="small" onClick={() => printBatch(batch)}>
          打印户码表
        </Button>
      </p>
      <table style={{ borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th style={{ textAlign: 'left', paddingRight: '2rem' }}>户序号</th>
            <th style={{ textAlign: 'left' }}>户码</th>
          </tr>
        </thead>
        <tbody>
          {batch.codes.map((made) => (
            <tr key={made.code}>
              <td>{made.number}</td>
              <td style={{ fontFamily: 'monospace', fontWeight: 700, letterSpacing: '0.1em' }}>{made.code}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

export function HouseholdBatchPanel() {
  const router = useRouter()
  const { area, select } = useAreaChoice('household-area')
  const [building, setBuilding] = useState('')
  const [count, setCount] = useState(10)
  const [busy, setBusy] = useState(false)
  const [batch, setBatch] = useState<Batch | null>(null)
  const make = async () => {
    setBusy(true)
    const answer = await post<Batch>('/api/household-codes/batch', { building, count, area: area ?? undefined })
    setBusy(false)
    if (!answer.ok) return void toast.error(answer.message)
    setBatch(answer.body)
    toast.success(`已生成 ${answer.body.codes.length} 个户码。`)
    router.refresh()
  }
  return (
    <section style={{ margin: '0 0 1.5rem' }} aria-label="生成户码">
      <p style={muted}>按楼栋成批生成户码，接着上次的户序号编号。每户每份问卷只计一份答卷。</p>
      {select}
      <label htmlFor="household-building" style={{ marginRight: '0.75rem' }}>
        楼栋{' '}
        <input
          id="household-building"
          value={building}
          maxLength={40}
          placeholder="例如：锦绣苑3号楼"
          onChange={(event) => setBuilding(event.target.value)}
          style={fieldInput}
        />
      </label>
      <label htmlFor="household-count" style={{ marginRight: '0.75rem' }}>
        户数{' '}
        <input
          id="household-count"
          type="number"
          min={1}
          max={200}
          value={count}
          onChange={(event) => setCount(Number(event.target.value))}
          style={{ ...fieldInput, width: '6rem' }}
        />
      </label>
      <Button buttonStyle="primary" size="small" disabled={busy} onClick={make}>
        {busy ? '正在生成……' : '生成户码'}
      </Button>
      {batch && <BatchList batch={batch} />}
    </section>
  )
}
