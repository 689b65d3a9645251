/**
 * Survey charts for a results article (征集结果与采纳情况): one question's counts as
 * horizontal bars with their numbers and shares, drawn by Chromium with the embedded Noto
 * Sans SC, so the Chinese renders the same on any machine, as a picture 1200 px wide.
 */
import type { SurveyChart } from '../../contract/surveys.ts'
import { PRINT } from '../styles/tokens.ts'
import { markup } from './parts.tsx'
import { PRINT_FONTS } from './primitives.ts'

export const CHART_WIDTH = 1200
const ROW = 76
const FRAME = 190

export const chartHeight = (chart: SurveyChart) => FRAME + ROW * chart.bars.length

function ChartView({ chart }: { chart: SurveyChart }) {
  const most = Math.max(1, ...chart.bars.map((bar) => bar.count))
  return (
    <>
      <h1>{chart.title}</h1>
      <p className="note">{chart.note}</p>
      <ol>
        {chart.bars.map((bar) => (
          <li key={bar.label}>
            <span className="label">{bar.label}</span>
            <span className="track">
              <span className="bar" style={{ width: `${(bar.count / most) * 100}%` }} />
            </span>
            <span className="count">
              {bar.count}（{chart.of ? Math.round((bar.count / chart.of) * 100) : 0}%）
            </span>
          </li>
        ))}
      </ol>
    </>
  )
}

export function chartJob(chart: SurveyChart): { title: string; css: string; body: string } {
  const css = `
@page { size: ${CHART_WIDTH}px ${chartHeight(chart)}px; margin: 0; }
html, body { margin: 0; width: ${CHART_WIDTH}px; height: ${chartHeight(chart)}px; overflow: hidden; background: ${PRINT.pictureGround}; }
body { font-family: ${PRINT_FONTS}; font-synthesis: none; color: ${PRINT.text}; padding: 40px 56px; box-sizing: border-box; }
h1 { font-size: 40px; line-height: 1.3; margin: 0; font-weight: 700; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.note { font-size: 28px; color: ${PRINT.smallDark}; margin: 8px 0 24px; }
ol { list-style: none; margin: 0; padding: 0; }
li { display: grid; grid-template-columns: 300px 1fr 220px; align-items: center; gap: 20px; height: ${ROW}px; font-size: 30px; }
.label { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; text-align: right; }
.track { height: 40px; background: ${PRINT.tint}; }
.bar { display: block; height: 100%; background: ${PRINT.red}; }
.count { font-variant-numeric: tabular-nums; }
`
  return { title: chart.title, css, body: markup(<ChartView chart={chart} />) }
}
