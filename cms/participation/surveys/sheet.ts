/** An answer sheet in words: each answered question with the answer's labels, as the sender and staff read it. */
import type { AnswerValue, Choice, SurveyQuestion } from '../../../contract/surveys'

const labelOf = (choices: readonly Choice[], value: string) => choices.find((choice) => choice.value === value)?.label ?? value

/** One answer as words: option labels, 4 分, the text, or 卫生：满意；照明：一般. */
export function answerText(question: SurveyQuestion, answer: AnswerValue): string {
  switch (question.kind) {
    case 'single':
      return labelOf(question.options, String(answer))
    case 'multiple':
      return (answer as string[]).map((value) => labelOf(question.options, value)).join('、')
    case 'rating':
      return `${answer} 分`
    case 'short':
    case 'long':
      return String(answer)
    case 'matrix':
      return Object.entries(answer as Record<string, string>)
        .map(([row, column]) => `${labelOf(question.rows, row)}：${labelOf(question.columns, column)}`)
        .join('；')
  }
}

export function sheetText(questions: readonly SurveyQuestion[], answers: unknown): string {
  const given = (answers ?? {}) as Record<string, AnswerValue>
  return questions
    .map((question, index) =>
      question.key in given ? `${index + 1}. ${question.label}\n${answerText(question, given[question.key] as AnswerValue)}` : null,
    )
    .filter((line): line is string => line !== null)
    .join('\n\n')
}
