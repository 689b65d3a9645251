'use client'
/** The review panel's record: every step taken so far, and what stood in the way of the last one asked for. */
import { decisionLabel, levelLabel } from '../workflow/states'
import { type Failure, type HistoryEntry, when } from './reviewPanelData'

export function ReviewHistory({ history }: { history: HistoryEntry[] }) {
  if (history.length === 0) return null
  return (
    <ol className="review-history" style={{ paddingLeft: '1.2em', margin: 0, fontSize: '0.9em' }}>
      {history.map((entry) => (
        <li key={`${entry.at}-${entry.decision}`}>
          {when(entry.at)} {entry.byName ?? ''} {decisionLabel(entry.decision ?? '')}
          {entry.level ? `（${levelLabel(entry.level)}）` : ''}
          {entry.reason ? `：${entry.reason}` : ''}
        </li>
      ))}
    </ol>
  )
}

export function ReviewFailures({ failures }: { failures: Failure[] }) {
  if (failures.length === 0) return null
  return (
    <ul className="review-failures" style={{ color: 'var(--theme-error-500)', paddingLeft: '1.2em', margin: 0 }}>
      {failures.map((failure) => (
        <li key={`${failure.path}:${failure.message}`}>{failure.message}</li>
      ))}
    </ul>
  )
}
