'use client'
/**
 * 征集结果 in a survey's sidebar: how many answered (by channel and area) and, per question,
 * the counts as bars — refreshed every 30 seconds while the page is open — with the exports
 * (CSV, Excel) and 生成结果文章草稿, which opens the new article draft.
 */
import { Button, toast, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useState } from 'react'

interface Count {
  label: string
  count: number
}
interface QuestionResult {
  key: string
  number: number
  label: string
  answered: number
  counts: Count[]
  mean: number | null
  rows: { label: string; counts: Count[] }[]
  texts: string[]
}
interface Results {
  total: number
  channels: Count[]
  areas: Count[]
  questions: QuestionResult[]
}

const muted = { color: 'var(--theme-elevation-600)', fontSize: '0.85em' }

function Bars({ counts, of }: { counts: Count[]; of: number }) {
  return (
    <ul style={{ listStyle: 'none', padding: 0, margin: '0.25rem 0' }}>
      {counts.map((count) => {
        const share = of ? Math.round((count.count / of) * 100) : 0
        return (
          <li key={count.label} style={{ fontSize: '0.85em', margin: '0.15rem 0' }}>
            <span>
              {count.label}：{count.count}（{share}%）
            </span>
            <span style={{ display: 'block', height: 6, background: 'var(--theme-elevation-100)' }}>
              <span style={{ display: 'block', height: 6, width: `${share}%`, background: 'var(--theme-success-500)' }} />
            </span>
          </li>
        )
      })}
    </ul>
  )
}

function Question({ question }: { question: QuestionResult }) {
  return (
    <div style={{ margin: '0.75rem 0' }}>
      <strong style={{ fontSize: '0.9em' }}>
        {question.number}. {question.label}
      </strong>
      <div style={muted}>
        {question.answered} 人作答{question.mean !== null ? `，平均 ${question.mean} 分` : ''}
      </div>
      {question.counts.length > 0 && <Bars counts={question.counts} of={question.answered} />}
      {question.rows.map((row) => (
        <div key={row.label}>
          <div style={{ fontSize: '0.85em' }}>{row.label}</div>
          <Bars counts={row.counts} of={question.answered} />
        </div>
      ))}
      {question.texts.length > 0 && <div style={muted}>文字回答见导出文件（已遮盖个人信息）。</div>}
    </div>
  )
}

export function SurveyResultsPanel() {
  const { id } = useDocumentInfo()
  const router = useRouter()
  const [results, setResults] = useState<Results | null>(null)
  const [problem, setProblem] = useState('')
  const [busy, setBusy] = useState(false)
  const load = useCallback(async () => {
    const response = await fetch(`/api/surveys/${id}/results`, { credentials: 'include' })
    const body = await response.json().catch(() => null)
    if (response.ok) setResults(body as Results)
    else setProblem(body?.errors?.[0]?.message ?? '结果暂时无法读取。')
  }, [id])
  useEffect(() => {
    if (!id) return
    load()
    const timer = setInterval(load, 30_000)
    return () => clearInterval(timer)
  }, [id, load])
  if (!id) return null
  if (!results) return <p style={muted}>{problem || '正在读取征集结果……'}</p>
  async function draftArticle() {
    setBusy(true)
    const response = await fetch(`/api/surveys/${id}/results-article`, { method: 'POST', credentials: 'include' })
    const body = await response.json().catch(() => null)
    setBusy(false)
    if (response.ok) {
      toast.success('已生成结果文章草稿：请填写采纳情况，再提交审核。')
      router.push(`/admin/collections/articles/${body.article.id}`)
    } else toast.error(body?.errors?.[0]?.message ?? '没有成功，请稍后再试。')
  }
  return (
    <div>
      <h4 style={{ margin: '0 0 0.25rem' }}>征集结果：{results.total} 份答卷</h4>
      <div style={muted}>{results.channels.map((channel) => `${channel.label} ${channel.count}`).join(' · ')}</div>
      <div style={muted}>
        {results.areas
          .slice(0, 5)
          .map((area) => `${area.label} ${area.count}`)
          .join(' · ')}
      </div>
      <p style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
        <a href={`/api/surveys/${id}/export?format=xlsx`}>导出 Excel</a>
        <a href={`/api/surveys/${id}/export?format=csv`}>导出 CSV</a>
      </p>
      <Button buttonStyle="secondary" size="small" disabled={busy || results.total === 0} onClick={draftArticle}>
        生成结果文章草稿
      </Button>
      {results.questions.map((question) => (
        <Question key={question.key} question={question} />
      ))}
    </div>
  )
}
