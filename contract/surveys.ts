/**
 * 民意征集: a survey as the site's form, the admin and the print studio all read it — its
 * questions (choice, rating 1–5, short and long text, matrix), which are required, and the
 * simple skip logic (a question shown only after given answers to an earlier one) — and
 * the one reading of an answer sheet that every channel (online, 入户代填, 纸质) goes
 * through. Question keys are the admin's block ids and option values its row ids, so
 * retyping a label never orphans the answers already given. No zod here: the survey
 * island imports this file (the request body's schema is SURVEY_SUBMISSION, in participation.ts).
 */
export const SURVEY_LIMITS = {
  title: 40,
  intro: 1000,
  questions: 30,
  label: 200,
  options: 12,
  rows: 10,
  columns: 7,
  short: 200,
  long: 2000,
} as const

export const RATING_VALUES = [1, 2, 3, 4, 5] as const

/** Show a question only when an earlier one was answered with one of `values` (option values, or ratings as '1'…'5'). */
export interface ShowIf {
  question: string
  values: string[]
}

export interface Choice {
  value: string
  label: string
}

interface QuestionBase {
  key: string
  label: string
  help: string | null
  required: boolean
  showIf: ShowIf | null
}

export type SurveyQuestion =
  | (QuestionBase & { kind: 'single'; options: Choice[] })
  | (QuestionBase & { kind: 'multiple'; options: Choice[]; maxChoices: number | null })
  | (QuestionBase & { kind: 'rating'; low: string; high: string })
  | (QuestionBase & { kind: 'short' | 'long' })
  | (QuestionBase & { kind: 'matrix'; rows: Choice[]; columns: Choice[] })

export type QuestionKind = SurveyQuestion['kind']
export const QUESTION_KIND_LABELS: Record<QuestionKind, string> = {
  single: '单选',
  multiple: '多选',
  rating: '评分（1–5）',
  short: '简答',
  long: '详细回答',
  matrix: '矩阵（多项打分）',
}

/** How an answer arrived. */
export const SURVEY_CHANNELS = [
  { value: 'online', label: '网上填写' },
  { value: 'proxy', label: '入户代填' },
  { value: 'paper', label: '纸质问卷录入' },
] as const
export type SurveyChannel = (typeof SURVEY_CHANNELS)[number]['value']

/** One answer: an option value, option values, a rating, text, or a matrix row → column value. */
export type AnswerValue = string | string[] | number | Record<string, string>
export type Answers = Record<string, AnswerValue>

export interface AnswerProblem {
  field: string
  message: string
}

/** 第3题, as the form numbers it (skipped questions keep their numbers). */
export const questionNumber = (questions: readonly SurveyQuestion[], key: string) =>
  `第${questions.findIndex((question) => question.key === key) + 1}题`

/**
 * A question's skip rule as a reader takes it: the number of the earlier question and the
 * answers that open this one, by their labels (ratings as 1分). The form and the paper
 * questionnaire say it in these words; null when the question is always asked.
 */
export function showIfWords(questions: readonly SurveyQuestion[], question: SurveyQuestion): { number: number; answers: string[] } | null {
  const rule = question.showIf
  const at = questions.findIndex((item) => item.key === rule?.question)
  const target = questions[at]
  if (!rule || !target) return null
  const answers = rule.values.map((value) =>
    target.kind === 'rating'
      ? `${value}分`
      : (('options' in target ? target.options : []).find((option) => option.value === value)?.label ?? value),
  )
  return { number: at + 1, answers }
}

/** The values an answer offers to a later question's skip rule. */
function valuesOf(answer: AnswerValue | undefined): string[] {
  if (answer === undefined) return []
  if (Array.isArray(answer)) return answer
  if (typeof answer === 'object') return []
  return [String(answer)]
}

/** The questions a resident with these answers sees, in order: a rule on a hidden question hides its followers too. */
export function visibleQuestions(questions: readonly SurveyQuestion[], answers: Partial<Answers>): SurveyQuestion[] {
  const shown = new Set<string>()
  const visible: SurveyQuestion[] = []
  for (const question of questions) {
    const rule = question.showIf
    const open = !rule || (shown.has(rule.question) && valuesOf(answers[rule.question]).some((value) => rule.values.includes(value)))
    if (!open) continue
    shown.add(question.key)
    visible.push(question)
  }
  return visible
}

type Read = { value: AnswerValue | undefined } | { problem: string }
const has = (options: readonly Choice[], value: unknown) => options.some((option) => option.value === value)

function readChoice(question: Extract<SurveyQuestion, { kind: 'single' | 'multiple' }>, raw: unknown): Read {
  if (question.kind === 'single') {
    if (raw === '' || raw == null) return { value: undefined }
    return has(question.options, raw) ? { value: raw as string } : { problem: '所选的选项不在问卷中，请刷新页面后重新选择' }
  }
  if (raw == null) return { value: undefined }
  if (!Array.isArray(raw)) return { problem: '多选题的答案应为选项列表' }
  const picked = [...new Set(raw)]
  if (!picked.every((value) => has(question.options, value))) return { problem: '所选的选项不在问卷中，请刷新页面后重新选择' }
  if (question.maxChoices && picked.length > question.maxChoices) return { problem: `最多选 ${question.maxChoices} 项` }
  return { value: picked.length ? (picked as string[]) : undefined }
}

function readRating(raw: unknown): Read {
  if (raw === '' || raw == null) return { value: undefined }
  const rating = typeof raw === 'string' ? Number(raw.normalize('NFKC').trim()) : raw
  return typeof rating === 'number' && (RATING_VALUES as readonly number[]).includes(rating)
    ? { value: rating }
    : { problem: '评分应为 1 到 5 分' }
}

function readText(kind: 'short' | 'long', raw: unknown): Read {
  if (raw == null) return { value: undefined }
  if (typeof raw !== 'string') return { problem: '答案应为文字' }
  const text = raw.trim()
  const max = SURVEY_LIMITS[kind]
  if (text.length > max) return { problem: `不超过 ${max} 个字（现在 ${text.length} 个字）` }
  return { value: text || undefined }
}

function readMatrix(question: Extract<SurveyQuestion, { kind: 'matrix' }>, raw: unknown): Read {
  if (raw == null) return { value: undefined }
  if (typeof raw !== 'object' || Array.isArray(raw)) return { problem: '答案格式不正确，请刷新页面后重试' }
  const picked: Record<string, string> = {}
  for (const [row, column] of Object.entries(raw)) {
    if (column === '' || column == null) continue
    if (!has(question.rows, row) || !has(question.columns, column)) return { problem: '所选的选项不在问卷中，请刷新页面后重新选择' }
    picked[row] = column as string
  }
  if (question.required && Object.keys(picked).length > 0 && Object.keys(picked).length < question.rows.length) {
    const missing = question.rows.filter((row) => !(row.value in picked)).map((row) => `“${row.label}”`)
    return { problem: `请为每一项选择：还没有选 ${missing.join('、')}` }
  }
  return { value: Object.keys(picked).length ? picked : undefined }
}

function readAnswer(question: SurveyQuestion, raw: unknown): Read {
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return readChoice(question, raw)
    case 'rating':
      return readRating(raw)
    case 'short':
    case 'long':
      return readText(question.kind, raw)
    case 'matrix':
      return readMatrix(question, raw)
  }
}

/**
 * An answer sheet read against the survey: each visible question's answer checked by its
 * kind, required ones present, answers to questions the skip logic hides dropped (a
 * resident who changed their mind may still send them). Problems name the question by its
 * number, in Chinese.
 */
export function checkAnswers(
  questions: readonly SurveyQuestion[],
  raw: unknown,
): { answers: Answers; problems: [] } | { answers: null; problems: AnswerProblem[] } {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { answers: null, problems: [{ field: 'answers', message: '没有收到答案，请刷新页面后重新填写' }] }
  }
  const given = raw as Record<string, unknown>
  const unknown = Object.keys(given).filter((key) => !questions.some((question) => question.key === key))
  if (unknown.length > 0) {
    return { answers: null, problems: [{ field: 'answers', message: '问卷内容已经更新，请刷新页面后重新填写' }] }
  }
  const answers: Answers = {}
  const problems: AnswerProblem[] = []
  // Answers are read in order, so a skip rule sees only answers that were themselves read and kept.
  for (const question of questions) {
    if (!visibleQuestions(questions, answers).some((shown) => shown.key === question.key)) continue
    const read = readAnswer(question, given[question.key])
    const where = questionNumber(questions, question.key)
    if ('problem' in read) problems.push({ field: `answers.${question.key}`, message: `${where}：${read.problem}` })
    else if (read.value !== undefined) answers[question.key] = read.value
    else if (question.required) problems.push({ field: `answers.${question.key}`, message: `${where}是必答题，请作答` })
  }
  return problems.length ? { answers: null, problems } : { answers, problems: [] }
}

/** A survey as the public reads it (published, from the site's loader or the participation API). */
export interface PublicSurvey {
  id: number
  slug: string
  title: string
  intro: string | null
  opensAt: string
  closesAt: string
  /** The survey's last change: the paper questionnaire's date (a reprint of the same survey is the same file). */
  updatedAt: string
  area: { id: number; name: string } | null
  /** 个人信息告知: who collects, what for, whom to ask. */
  notice: { collector: string; purpose: string; contact: string }
  questions: SurveyQuestion[]
}

export type SurveyState = 'notYet' | 'open' | 'closed'
export function surveyState(survey: { opensAt: string; closesAt: string }, now = new Date()): SurveyState {
  if (now < new Date(survey.opensAt)) return 'notYet'
  return now < new Date(survey.closesAt) ? 'open' : 'closed'
}

export const SURVEY_STATE_MESSAGES: Record<Exclude<SurveyState, 'open'>, string> = {
  notYet: '这份问卷还没有开始征集，请在开始日期之后再来填写。',
  closed: '这份问卷的征集已经结束，感谢关注。',
}

/** How long survey answers keep what could lead back to a device (days after the survey closes); the answers themselves stay. */
export const SURVEY_RETENTION_DAYS = {
  /** The device hash (one answer per device) and the receipt code's hash. */
  tracesAfterClose: 30,
} as const

/** A bar chart of one question's counts, as the print studio draws it for a results article. */
export interface SurveyChart {
  /** 第2题 总体满意度 */
  title: string
  /** 6 人作答 · 平均 3.7 分 */
  note: string
  bars: { label: string; count: number }[]
  /** How many answered the question: shares are of them (a multiple choice's add up to more than 100%). */
  of: number
}
export const CHART_LIMITS = { bars: 12, label: 60, title: 240 } as const

/** A chart as sent to the print studio, checked: strings of bounded length, whole non-negative counts; null otherwise. */
export function readChart(value: unknown): SurveyChart | null {
  if (!value || typeof value !== 'object') return null
  const { title, note, bars, of } = value as Record<string, unknown>
  const text = (given: unknown, max: number) => typeof given === 'string' && given.length <= max
  if (!text(title, CHART_LIMITS.title) || !text(note, CHART_LIMITS.title) || !Array.isArray(bars)) return null
  if (bars.length === 0 || bars.length > CHART_LIMITS.bars || !Number.isInteger(of) || (of as number) < 0) return null
  const fine = bars.every((bar) => bar && text(bar.label, CHART_LIMITS.label) && Number.isInteger(bar.count) && (bar.count as number) >= 0)
  if (!fine) return null
  return { title: title as string, note: note as string, bars: bars.map(({ label, count }) => ({ label, count })), of: of as number }
}
