'use client'
/**
 * 处理, beside a 课单点单: where the order stands, every step with who, when and why, and the
 * buttons for exactly the steps the signed-in person may take now (the server decides them
 * from the order rules) — 通过 / 不通过, 派单, 接单 / 婉拒, 重新派单, 取消, the team's 结项报告,
 * and letting a held rating show. Made for a phone: the station's inbox in the admin.
 */
import { Button, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { type Desk, muted, postJson, send, useDoneMessage, wide } from './deskData'
import { ReportForm } from './ReportForm'

const BUTTONS: Record<string, { label: string; done: string; primary?: boolean }> = {
  approve: { label: '通过', done: '已通过审单，请派单。', primary: true },
  refuse: { label: '不通过', done: '已不通过，居民会看到原因。' },
  dispatch: { label: '派单', done: '已派单，等待志愿服务队接单。', primary: true },
  redispatch: { label: '重新派单', done: '已重新派单。' },
  accept: { label: '接单', done: '已接单，请按约定时间提供服务。', primary: true },
  decline: { label: '婉拒', done: '已婉拒，课单退回阵地重新派单。' },
  cancel: { label: '取消课单', done: '课单已取消。' },
}
const WITH_REASON = ['refuse', 'decline', 'redispatch', 'cancel']

function History({ desk }: { desk: Desk }) {
  return (
    <ol className="order-desk-steps" style={{ paddingLeft: '1.25rem', fontSize: '0.85em', margin: '0.5rem 0' }}>
      {desk.steps.map((step) => (
        <li key={step.id} style={{ marginBottom: '0.25rem', overflowWrap: 'anywhere' }}>
          <strong>{step.action}</strong> {step.at}
          <br />
          {step.by}
          {step.actor ? `（${step.actor}）` : ''}
          {step.team ? ` → ${step.team}` : ''}
          {step.reason ? `：${step.reason}` : ''}
        </li>
      ))}
    </ol>
  )
}

function Rating({ desk, id, onProblem }: { desk: Desk; id: number | string; onProblem(message: string): void }) {
  const [busy, setBusy] = useState(false)
  if (!desk.rating) return null
  async function review(decision: 'approve' | 'refuse') {
    setBusy(true)
    const done = decision === 'approve' ? '评价已公开，居民查询时可以看到。' : '评价不公开。'
    const problem = await send(`/api/service-orders/${id}/rating`, postJson({ decision }), done)
    setBusy(false)
    if (problem) onProblem(problem)
  }
  return (
    <div className="order-desk-rating" style={{ margin: '0.75rem 0' }}>
      <h4 style={{ margin: 0 }}>
        居民评价：{desk.rating.score} 分（{desk.rating.state}）
      </h4>
      {desk.rating.comment && <p style={{ margin: '0.25rem 0', overflowWrap: 'anywhere' }}>{desk.rating.comment}</p>}
      {desk.canReviewRating && (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
          <Button buttonStyle="primary" size="small" disabled={busy} onClick={() => review('approve')}>
            通过评价
          </Button>
          <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => review('refuse')}>
            不公开
          </Button>
        </div>
      )}
    </div>
  )
}

function Actions({ desk, id, onProblem }: { desk: Desk; id: number | string; onProblem(message: string): void }) {
  const [reason, setReason] = useState('')
  const [team, setTeam] = useState('')
  const [busy, setBusy] = useState(false)
  const steps = desk.actions.filter((action) => action in BUTTONS)
  async function act(action: string) {
    setBusy(true)
    const body = { action, reason, team: team ? Number(team) : undefined }
    const problem = await send(`/api/service-orders/${id}/step`, postJson(body), BUTTONS[action]?.done ?? '已完成。')
    setBusy(false)
    if (problem) onProblem(problem)
  }
  return (
    <>
      {(desk.actions.includes('dispatch') || desk.actions.includes('redispatch')) && (
        <>
          <label htmlFor="order-desk-team" style={{ display: 'block' }}>
            派给哪支志愿服务队
          </label>
          <select id="order-desk-team" value={team} onChange={(event) => setTeam(event.target.value)} style={wide}>
            <option value="">请选择本阵地的队伍</option>
            {desk.teams.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
        </>
      )}
      {steps.some((action) => WITH_REASON.includes(action)) && (
        <>
          <label htmlFor="order-desk-reason" style={{ display: 'block', marginTop: '0.5rem' }}>
            原因（不通过、婉拒、重新派单、取消时必填；居民查询时会看到）
          </label>
          <textarea
            id="order-desk-reason"
            rows={2}
            maxLength={200}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            style={wide}
          />
        </>
      )}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', marginTop: '0.5rem' }}>
        {steps.map((action) => (
          <Button
            key={action}
            buttonStyle={BUTTONS[action]?.primary ? 'primary' : 'secondary'}
            size="small"
            disabled={busy}
            onClick={() => act(action)}
          >
            {BUTTONS[action]?.label}
          </Button>
        ))}
      </div>
      {desk.actions.includes('complete') && <ReportForm id={id} onProblem={onProblem} />}
    </>
  )
}

export function OrderDeskPanel() {
  const { id } = useDocumentInfo()
  const [desk, setDesk] = useState<Desk | null>(null)
  const [problem, setProblem] = useState('')
  useDoneMessage()
  const load = useCallback(async () => {
    const response = await fetch(`/api/service-orders/${id}/desk`, { credentials: 'include' }).catch(() => null)
    const body = await response?.json().catch(() => null)
    if (response?.ok) setDesk(body as Desk)
    else setProblem(body?.errors?.[0]?.message ?? '课单的办理情况暂时无法读取，请刷新后再试。')
  }, [id])
  useEffect(() => {
    if (id) void load()
  }, [id, load])
  if (!id) return null
  if (!desk) return <p style={muted}>{problem || '正在读取办理情况……'}</p>
  return (
    <div className="order-desk" style={{ minWidth: 0, maxWidth: '100%' }}>
      <h3 style={{ margin: '0 0 0.25rem' }}>处理</h3>
      <p className="order-desk-state" style={{ margin: 0 }}>
        <strong>{desk.stateLabel}</strong>
        {desk.team ? ` · ${desk.team.name}` : ''}
      </p>
      <div style={muted}>
        {desk.place}
        {desk.dueOn ? ` · 这一步请在 ${desk.dueOn} 之前办完` : ''}
      </div>
      <History desk={desk} />
      {problem && (
        <p role="alert" className="order-desk-problem" style={{ color: 'var(--theme-error-500)', overflowWrap: 'anywhere' }}>
          {problem}
        </p>
      )}
      <Actions desk={desk} id={id} onProblem={setProblem} />
      {desk.report && (
        <p style={muted}>
          结项报告已于 {desk.report.filedAt} 提交（照片 {desk.report.photos} 张）
          {desk.report.article ? <a href={`/admin/collections/articles/${desk.report.article}`}>，查看新闻稿草稿</a> : null}
        </p>
      )}
      <Rating desk={desk} id={id} onProblem={setProblem} />
      {desk.actions.length === 0 && !desk.canReviewRating && <p style={muted}>这张课单现在没有需要您办理的事项。</p>}
    </div>
  )
}
