'use client'
/**
 * Beside a 评选: 生成邀请码 (a community worker for their own area, an administrator for
 * any; the PDF of slips downloads at once and is the only place the codes appear) and, for
 * staff, the live count — ballots, codes issued and used, and each candidate's votes —
 * refreshed every 30 seconds while the page is open.
 */
import { Button, toast, useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

interface Result {
  election: { state: string; showResults: boolean }
  ballots: number
  codesIssued: number
  codesUsed: number
  ranking: { figure: number; name: string; votes: number; rank: number }[]
}

const muted = { color: 'var(--theme-elevation-600)', fontSize: '0.85em' }
const STATES: Record<string, string> = { notYet: '未开始', open: '投票中', closed: '已截止' }

function MakeCodes({ id }: { id: number | string }) {
  const [count, setCount] = useState(50)
  const [building, setBuilding] = useState('')
  const [busy, setBusy] = useState(false)
  async function make() {
    setBusy(true)
    const response = await fetch(`/api/elections/${id}/codes`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ count, building }),
    })
    setBusy(false)
    if (!response.ok) {
      const body = await response.json().catch(() => null)
      toast.error(body?.errors?.[0]?.message ?? '没有生成，请稍后再试。')
      return
    }
    const link = document.createElement('a')
    link.href = URL.createObjectURL(await response.blob())
    link.download = `评选邀请码-${count}张.pdf`
    link.click()
    toast.success(`已生成 ${count} 个邀请码：请打印并裁开，每户一张。邀请码只在这份 PDF 里出现，请妥善保管。`)
  }
  return (
    <div style={{ margin: '0 0 1rem' }}>
      <h4 style={{ margin: '0 0 0.25rem' }}>生成邀请码</h4>
      <div style={muted}>为本社区生成，每次最多 500 个；生成后下载 A4 纸条（每页 10 张）。</div>
      <label style={{ display: 'block', fontSize: '0.85em', marginTop: '0.5rem' }}>
        数量{' '}
        <input
          type="number"
          min={1}
          max={500}
          value={count}
          onChange={(event) => setCount(Number(event.target.value))}
          style={{ width: '5em' }}
        />
      </label>
      <label style={{ display: 'block', fontSize: '0.85em', margin: '0.25rem 0 0.5rem' }}>
        楼栋/网格 <input value={building} maxLength={40} onChange={(event) => setBuilding(event.target.value)} placeholder="如：3号楼" />
      </label>
      <Button buttonStyle="secondary" size="small" disabled={busy} onClick={make}>
        {busy ? '正在生成……' : '生成并下载纸条'}
      </Button>
    </div>
  )
}

function Count({ id }: { id: number | string }) {
  const [result, setResult] = useState<Result | null>(null)
  const [problem, setProblem] = useState('')
  const load = useCallback(async () => {
    const response = await fetch(`/api/elections/${id}/results`, { credentials: 'include' })
    const body = await response.json().catch(() => null)
    if (response.ok) setResult(body as Result)
    else setProblem(body?.errors?.[0]?.message ?? '计票情况暂时无法读取。')
  }, [id])
  useEffect(() => {
    load()
    const timer = setInterval(load, 30_000)
    return () => clearInterval(timer)
  }, [load])
  if (!result) return <p style={muted}>{problem || '正在读取计票情况……'}</p>
  return (
    <div>
      <h4 style={{ margin: '0 0 0.25rem' }}>
        计票情况（{STATES[result.election.state] ?? result.election.state}）：{result.ballots} 张选票
      </h4>
      <div style={muted}>
        已发放邀请码 {result.codesIssued} 个，已使用 {result.codesUsed} 个；
        {result.election.showResults ? '截止后在网站公布结果' : '结果不公布（未勾选“公布结果”）'}
      </div>
      <ol style={{ paddingLeft: '1.25rem', fontSize: '0.85em' }}>
        {result.ranking.map((item) => (
          <li key={item.figure} value={item.rank}>
            {item.name}：{item.votes} 票
          </li>
        ))}
      </ol>
    </div>
  )
}

export function ElectionResultsPanel() {
  const { id } = useDocumentInfo()
  const { user } = useAuth<{ role?: string }>()
  if (!id) return <p style={muted}>保存并审核发布后，可以在这里生成邀请码、查看计票情况。</p>
  return (
    <div>
      {(user?.role === 'admin' || user?.role === 'community') && <MakeCodes id={id} />}
      {user?.role !== 'community' && <Count id={id} />}
    </div>
  )
}
