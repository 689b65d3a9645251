/**
 * 民意征集 answers (contract/surveys.ts): every channel's answer sheet is read the same way —
 * each kind checked, required questions present, skip logic dropping answers to hidden
 * questions (and to the questions that hang on them), sloppy and hostile input refused with
 * the question's number in Chinese.
 */
import { describe, expect, it } from 'vitest'
import { checkAnswers, readChart, type SurveyQuestion, showIfWords, surveyState, visibleQuestions } from '../../contract/surveys.ts'
import { conditionNote } from '../../site/islands/SurveyQuestions.tsx'

const base = { help: null, required: true, showIf: null }
const QUESTIONS: SurveyQuestion[] = [
  {
    ...base,
    key: 'q1',
    label: '您住在哪个社区？',
    kind: 'single',
    options: [
      { value: 'a', label: '锦绣苑' },
      { value: 'b', label: '其他' },
    ],
  },
  { ...base, key: 'q2', label: '您对街道环境满意吗？', kind: 'rating', low: '很不满意', high: '很满意' },
  {
    ...base,
    key: 'q3',
    label: '主要是哪方面？',
    kind: 'multiple',
    maxChoices: 2,
    options: [
      { value: 'x', label: '卫生' },
      { value: 'y', label: '停车' },
      { value: 'z', label: '其他' },
    ],
    showIf: { question: 'q2', values: ['1', '2'] },
  },
  { ...base, key: 'q4', label: '请具体说说', kind: 'long', showIf: { question: 'q3', values: ['z'] } },
  {
    ...base,
    key: 'q5',
    label: '请为以下各项打分',
    kind: 'matrix',
    rows: [
      { value: 'r1', label: '卫生' },
      { value: 'r2', label: '照明' },
    ],
    columns: [
      { value: 'c1', label: '差' },
      { value: 'c2', label: '好' },
    ],
  },
  { ...base, key: 'q6', label: '还有什么建议？', kind: 'short', required: false },
]

const good = { q1: 'a', q2: 5, q5: { r1: 'c1', r2: 'c2' } }

describe('survey answers', () => {
  it('keeps a complete sheet and drops empty optional answers', () => {
    expect(checkAnswers(QUESTIONS, { ...good, q6: '  ' })).toEqual({ answers: good, problems: [] })
  })

  it('drops the answer to a question the skip logic hides, and what hangs on it', () => {
    const result = checkAnswers(QUESTIONS, { ...good, q3: ['z'], q4: '垃圾桶太少' })
    expect(result.answers).toEqual(good)
  })

  it('asks for a shown question that is required', () => {
    const result = checkAnswers(QUESTIONS, { ...good, q2: 1 })
    expect(result.problems).toEqual([{ field: 'answers.q3', message: '第3题是必答题，请作答' }])
    const chained = { ...good, q2: 1, q3: ['z', 'z'], q4: '垃圾桶太少' }
    expect(checkAnswers(QUESTIONS, chained).answers).toEqual({ ...good, q2: 1, q3: ['z'], q4: '垃圾桶太少' })
  })

  it('reads a rating typed with full-width digits, and refuses one out of range', () => {
    expect(checkAnswers(QUESTIONS, { ...good, q2: '５' }).answers?.q2).toBe(5)
    for (const bad of [0, 6, 2.5, '五', true, [3]]) {
      expect(checkAnswers(QUESTIONS, { ...good, q2: bad }).problems).toEqual([
        { field: 'answers.q2', message: '第2题：评分应为 1 到 5 分' },
      ])
    }
  })

  it('refuses options that are not in the survey, too many choices, and a half-answered required matrix', () => {
    expect(checkAnswers(QUESTIONS, { ...good, q1: '<script>' }).problems[0]?.message).toMatch(/^第1题：所选的选项不在问卷中/)
    const many = checkAnswers(QUESTIONS, { ...good, q2: 1, q3: ['x', 'y', 'z'] })
    expect(many.problems).toEqual([{ field: 'answers.q3', message: '第3题：最多选 2 项' }])
    const half = checkAnswers(QUESTIONS, { ...good, q5: { r1: 'c1' } })
    expect(half.problems[0]?.message).toBe('第5题：请为每一项选择：还没有选 “照明”')
    expect(checkAnswers(QUESTIONS, { ...good, q5: { r1: 'c1', r9: 'c1' } }).problems).toHaveLength(1)
  })

  it('refuses keys the survey does not have, non-objects and oversized text', () => {
    expect(checkAnswers(QUESTIONS, { ...good, __proto__x: 1 }).problems[0]?.message).toMatch(/问卷内容已经更新/)
    for (const raw of [null, 'q1=a', [good], 42]) expect(checkAnswers(QUESTIONS, raw).answers).toBeNull()
    const long = checkAnswers(QUESTIONS, { ...good, q6: '长'.repeat(201) })
    expect(long.problems).toEqual([{ field: 'answers.q6', message: '第6题：不超过 200 个字（现在 201 个字）' }])
  })

  it('shows questions by earlier answers only', () => {
    expect(visibleQuestions(QUESTIONS, {}).map((question) => question.key)).toEqual(['q1', 'q2', 'q5', 'q6'])
    expect(visibleQuestions(QUESTIONS, { q2: 2 }).map((question) => question.key)).toEqual(['q1', 'q2', 'q3', 'q5', 'q6'])
    expect(visibleQuestions(QUESTIONS, { q2: 5, q3: ['z'] }).map((question) => question.key)).toEqual(['q1', 'q2', 'q5', 'q6'])
  })

  it('tells open, not yet open and closed surveys apart', () => {
    const survey = { opensAt: '2026-12-01T00:00:00.000Z', closesAt: '2026-12-31T16:00:00.000Z' }
    expect(surveyState(survey, new Date('2026-11-30T23:59:59Z'))).toBe('notYet')
    expect(surveyState(survey, new Date('2026-12-15T00:00:00Z'))).toBe('open')
    expect(surveyState(survey, new Date('2026-12-31T16:00:00Z'))).toBe('closed')
  })
})

describe('survey charts sent to the print studio', () => {
  const chart = { title: '第1题', note: '3 人作答', bars: [{ label: '每周', count: 2 }], of: 3 }
  it('takes a well-formed chart and nothing else', () => {
    expect(readChart(chart)).toEqual(chart)
    expect(readChart({ ...chart, extra: '<script>' })).toEqual(chart)
    for (const bad of [
      null,
      'chart',
      { ...chart, bars: [] },
      { ...chart, bars: Array.from({ length: 13 }, () => ({ label: 'x', count: 1 })) },
      { ...chart, bars: [{ label: 'x', count: -1 }] },
      { ...chart, bars: [{ label: 'x', count: 1.5 }] },
      { ...chart, bars: [{ label: 'x'.repeat(61), count: 1 }] },
      { ...chart, title: 'x'.repeat(241) },
      { ...chart, of: '3' },
    ]) {
      expect(readChart(bad)).toBeNull()
    }
  })
})

describe('skip rules in words', () => {
  it('names the earlier question by number and its answers by label, ratings as 1分', () => {
    const [q1, q2, q3, q4] = QUESTIONS as [SurveyQuestion, SurveyQuestion, SurveyQuestion, SurveyQuestion]
    expect(showIfWords(QUESTIONS, q1)).toBeNull()
    expect(showIfWords(QUESTIONS, q3)).toEqual({ number: 2, answers: ['1分', '2分'] })
    expect(showIfWords(QUESTIONS, q4)).toEqual({ number: 3, answers: ['其他'] })
    // The form says it as before; the paper questionnaire prints the same words.
    expect(conditionNote(QUESTIONS, q3)).toBe('第2题选了“1分”或“2分”时回答')
    expect(conditionNote(QUESTIONS, q2)).toBeNull()
  })
})
