/**
 * A survey's blocks (cms/participation/surveys/blocks.ts) read into the questions every channel shares
 * (contract/surveys.ts): keys are block ids, option values row ids, and each 显示条件 —
 * typed as a question number and option texts — resolved to the earlier question's key and
 * values. An editor's mistakes come back as problems naming the question by number.
 */
import { CHINESE_DIGITS } from './numerals.ts'
import { type Choice, RATING_VALUES, type ShowIf, type SurveyQuestion } from './surveys.ts'

interface Row {
  id?: string | null
  label?: string | null
}
export interface QuestionBlock {
  id?: string | null
  blockType: string
  label?: string | null
  help?: string | null
  required?: boolean | null
  multiple?: boolean | null
  maxChoices?: number | null
  options?: Row[] | null
  low?: string | null
  high?: string | null
  long?: boolean | null
  rows?: Row[] | null
  columns?: Row[] | null
  showIf?: { question?: number | null; answers?: string | null } | null
}

export interface DefinitionProblem {
  /** 1-based question number. */
  number: number
  /** The field of the question's block at fault (`label`, `showIf.question`): where the admin shows the message. */
  field: 'label' | 'showIf.question'
  message: string
}

const choices = (rows: Row[] | null | undefined, key: string): Choice[] =>
  (rows ?? []).map((row, index) => ({ value: row.id || `${key}-${index + 1}`, label: (row.label ?? '').trim() }))

/** The words of 「选了这些答案时」: split at 、，, ; and spaces, full-width read as half-width. */
const answerWords = (text: string) =>
  text
    .normalize('NFKC')
    .split(/[、,;\s/]+/)
    .map((word) => word.trim())
    .filter(Boolean)

const ratingOf = (word: string) => {
  const value = /^\d$/.test(word) ? Number(word) : (CHINESE_DIGITS[word.replace(/分$/, '')] ?? Number(word.replace(/分$/, '')))
  return (RATING_VALUES as readonly number[]).includes(value) ? String(value) : null
}

function resolveShowIf(block: QuestionBlock, number: number, earlier: SurveyQuestion[]): ShowIf | string | null {
  const rule = block.showIf
  const words = answerWords(rule?.answers ?? '')
  if (!rule?.question && words.length === 0) return null
  if (!rule?.question) return '显示条件写了答案，但没有写“当第几题”'
  if (rule.question >= number) return `显示条件只能看前面的题（第1到第${number - 1}题），不能看第${rule.question}题`
  const target = earlier[rule.question - 1]
  if (!target || !['single', 'multiple', 'rating'].includes(target.kind)) {
    return `显示条件要看的第${rule.question}题应是选择题或评分题`
  }
  if (words.length === 0) return `请写明第${rule.question}题选了哪些答案时显示`
  const values: string[] = []
  for (const word of words) {
    const value =
      target.kind === 'rating'
        ? ratingOf(word)
        : ('options' in target ? target.options : []).find((option) => option.label.normalize('NFKC') === word)?.value
    if (!value) return `第${rule.question}题没有“${word}”这个答案${target.kind === 'rating' ? '（评分题写 1 到 5）' : ''}`
    values.push(value)
  }
  return { question: target.key, values }
}

function questionOf(block: QuestionBlock, index: number): SurveyQuestion | string {
  const key = block.id || `q${index + 1}`
  const base = {
    key,
    label: (block.label ?? '').trim(),
    help: block.help?.trim() || null,
    required: block.required !== false,
    showIf: null,
  }
  switch (block.blockType) {
    case 'choice': {
      const options = choices(block.options, key)
      const labels = options.map((option) => option.label)
      const repeated = labels.find((label, at) => labels.indexOf(label) !== at)
      if (repeated) return `选项“${repeated}”重复了`
      return block.multiple
        ? { ...base, kind: 'multiple', options, maxChoices: block.maxChoices ?? null }
        : { ...base, kind: 'single', options }
    }
    case 'rating':
      return { ...base, kind: 'rating', low: block.low?.trim() || '很不满意', high: block.high?.trim() || '很满意' }
    case 'text':
      return { ...base, kind: block.long ? 'long' : 'short' }
    case 'matrix':
      return { ...base, kind: 'matrix', rows: choices(block.rows, `${key}-row`), columns: choices(block.columns, `${key}-col`) }
    default:
      return `不认识的题型“${block.blockType}”`
  }
}

/** The survey's questions, or what keeps them from being read. */
export function readQuestions(blocks: readonly QuestionBlock[] | null | undefined): {
  questions: SurveyQuestion[]
  problems: DefinitionProblem[]
} {
  const questions: SurveyQuestion[] = []
  const problems: DefinitionProblem[] = []
  ;(blocks ?? []).forEach((block, index) => {
    const number = index + 1
    const question = questionOf(block, index)
    if (typeof question === 'string') {
      problems.push({ number, field: 'label', message: question })
      return
    }
    const showIf = resolveShowIf(block, number, questions)
    if (typeof showIf === 'string') problems.push({ number, field: 'showIf.question', message: showIf })
    questions.push({ ...question, showIf: typeof showIf === 'string' ? null : showIf })
  })
  return { questions, problems }
}
