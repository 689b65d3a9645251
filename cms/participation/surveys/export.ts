/**
 * 答卷导出: every answer sheet as a row (受理编号, 填写方式, 区域, 时间, then one column per
 * question and one per matrix row, answers in words), as CSV or as an Excel workbook whose
 * second sheet holds the counts. Text answers leave the system with personal data masked.
 */
import writeExcelFile from 'write-excel-file/node'

import type { SurveyResponse } from '../../../contract/payload-types'
import { relationId } from '../../../contract/relations'
import { type AnswerValue, SURVEY_CHANNELS, type SurveyQuestion } from '../../../contract/surveys'
import { BOM, beijingTime, csvCell } from '../../common/csv'
import { maskPrivateData } from '../../privacy/detector'
import type { SurveyResults } from './results'
import { answerText } from './sheet'

type Sheet = Pick<SurveyResponse, 'reference' | 'channel' | 'area' | 'receivedAt' | 'answers'>

interface Column {
  title: string
  value: (answers: Record<string, AnswerValue>) => string
}

function questionColumns(questions: SurveyQuestion[]): Column[] {
  return questions.flatMap((question, index): Column[] => {
    const title = `第${index + 1}题 ${question.label}`
    if (question.kind === 'matrix') {
      return question.rows.map((row) => ({
        title: `${title}：${row.label}`,
        value: (answers) => {
          const picked = (answers[question.key] as Record<string, string> | undefined)?.[row.value]
          return question.columns.find((column) => column.value === picked)?.label ?? ''
        },
      }))
    }
    const masked = question.kind === 'short' || question.kind === 'long'
    return [
      {
        title,
        value: (answers) => {
          const answer = answers[question.key]
          if (answer === undefined) return ''
          const text = answerText(question, answer)
          return masked ? maskPrivateData(text) : text
        },
      },
    ]
  })
}

/** The table: a header row, then one row per sheet. */
export function answerTable(questions: SurveyQuestion[], sheets: Sheet[], areaName: (id: number | null) => string): string[][] {
  const columns = questionColumns(questions)
  const channel = (value: string) => SURVEY_CHANNELS.find((item) => item.value === value)?.label ?? value
  const header = ['受理编号', '填写方式', '所在区域', '提交时间（北京时间）', ...columns.map((column) => column.title)]
  const rows = sheets.map((sheet) => {
    const answers = (sheet.answers ?? {}) as Record<string, AnswerValue>
    return [
      sheet.reference ?? '',
      channel(sheet.channel),
      areaName(relationId(sheet.area)),
      sheet.receivedAt ? beijingTime(sheet.receivedAt) : '',
      ...columns.map((column) => column.value(answers)),
    ]
  })
  return [header, ...rows]
}

export const toCsv = (table: string[][]) => `${BOM + table.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`

const share = (count: number, of: number) => (of ? `${Math.round((count / of) * 1000) / 10}%` : '')

/** The counts as rows: question, item, count, share of those who answered it. */
function countTable(results: SurveyResults): (string | number)[][] {
  const rows: (string | number)[][] = [['题目', '选项', '人数', '占答题人数']]
  for (const question of results.questions) {
    const title = `第${question.number}题 ${question.label}（${question.answered} 人作答）`
    for (const count of question.counts) rows.push([title, count.label, count.count, share(count.count, question.answered)])
    for (const row of question.rows) {
      for (const count of row.counts) rows.push([title, `${row.label}：${count.label}`, count.count, share(count.count, question.answered)])
    }
    if (question.mean !== null) rows.push([title, '平均分', question.mean, ''])
    if (question.texts.length) rows.push([title, '文字回答', question.answered, ''])
  }
  return rows
}

export async function toXlsx(table: string[][], results: SurveyResults): Promise<Buffer> {
  // Cells are written as strings (never formulas), so nothing needs quoting here.
  return writeExcelFile([
    { data: table, sheet: '答卷', stickyRowsCount: 1 },
    { data: countTable(results), sheet: '统计', stickyRowsCount: 1 },
  ]).toBuffer()
}
