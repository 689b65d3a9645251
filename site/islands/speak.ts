/**
 * 朗读 for one question: the Web Speech API in Mandarin (a zh-CN voice when the phone has
 * one, else its default for zh-CN), as the story pages' read-aloud does
 * (site/scripts/read-aloud.js). Nothing is sent anywhere.
 */
import type { SurveyQuestion } from '../../contract/surveys.ts'

export const canSpeak = () => typeof window !== 'undefined' && !!window.speechSynthesis && !!window.SpeechSynthesisUtterance

/** What is read: the number, the question, its note, and what can be chosen. */
export function spokenText(number: number, question: SurveyQuestion): string {
  const parts = [`第${number}题。${question.label}`]
  if (question.help) parts.push(question.help)
  const list = (items: { label: string }[]) => items.map((item) => item.label).join('；')
  switch (question.kind) {
    case 'single':
      parts.push(`单选。选项有：${list(question.options)}`)
      break
    case 'multiple':
      parts.push(`可以多选${question.maxChoices ? `，最多选${question.maxChoices}项` : ''}。选项有：${list(question.options)}`)
      break
    case 'rating':
      parts.push(`请打1到5分，1分是${question.low}，5分是${question.high}`)
      break
    case 'matrix':
      parts.push(`请为每一项选择：${list(question.rows)}。可选：${list(question.columns)}`)
      break
    default:
      parts.push('请在下面的框里填写')
  }
  return `${parts.join('。')}。`
}

export function speak(text: string): void {
  const speech = window.speechSynthesis
  speech.cancel()
  const utterance = new SpeechSynthesisUtterance(text)
  utterance.lang = 'zh-CN'
  const chinese = speech.getVoices().find((voice) => /^(zh|cmn)/i.test(voice.lang))
  if (chinese) utterance.voice = chinese
  utterance.rate = 0.9
  speech.speak(utterance)
}
