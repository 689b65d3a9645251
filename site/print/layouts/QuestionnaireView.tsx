/** The paper questionnaire's content (questionnaire.ts lays it out): see there. */

import { type PublicSurvey, RATING_VALUES, type SurveyQuestion, showIfWords } from '../../../contract/surveys.ts'
import { longDate } from '../../../contract/time.ts'
import { QrCode } from '../parts.tsx'

interface Props {
  survey: PublicSurvey
  /** The survey's page online, absolute: the QR code leads there. */
  url: string
  /** Writing lines under a long-text question. */
  longLines: number
}

const paragraphs = (text: string) => text.split(/\n+/).filter((line) => line.trim() !== '')

/** 工作人员填写: the household code and who took in and typed in the sheet; residents leave it empty. */
function OfficeUse() {
  const blank = (label: string) => (
    <p>
      {label}
      <span className="blank" />
    </p>
  )
  return (
    <div className="office-use">
      <p className="office-use-title">工作人员填写</p>
      {blank('户码')}
      {blank('填写日期')}
      {blank('受理人')}
      {blank('录入人')}
      {blank('录入日期')}
    </div>
  )
}

function Notice({ survey }: { survey: PublicSurvey }) {
  return (
    <section className="notice">
      <h2>个人信息告知</h2>
      <ul>
        <li>收集单位：{survey.notice.collector}</li>
        <li>目的：{survey.notice.purpose}</li>
        <li>收集内容：您对各题的回答。问卷不要求填写姓名、电话等个人信息，请不要在回答中写这些内容。</li>
        <li>答卷用途：纸质答卷由工作人员录入，与网上答卷一起统计，只用于统计；结果只以统计数字和去除个人信息的摘录公开。</li>
        <li>联系方式：{survey.notice.contact}</li>
      </ul>
    </section>
  )
}

/** The marks to tick: ○ for one answer, □ for several. */
function Choices({ labels, mark }: { labels: string[]; mark: '○' | '□' }) {
  return (
    <ul className="choices">
      {labels.map((label, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: printed once, in order; labels may repeat in a draft.
        <li key={index}>
          <span className="mark">{mark}</span>
          {label}
        </li>
      ))}
    </ul>
  )
}

function Matrix({ question }: { question: Extract<SurveyQuestion, { kind: 'matrix' }> }) {
  return (
    <table className="matrix">
      <thead>
        <tr>
          <th />
          {question.columns.map((column) => (
            <th key={column.value}>{column.label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {question.rows.map((row) => (
          <tr key={row.value}>
            <th>{row.label}</th>
            {question.columns.map((column) => (
              <td key={column.value}>
                <span className="mark">□</span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function Answer({ question, longLines }: { question: SurveyQuestion; longLines: number }) {
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return <Choices labels={question.options.map((option) => option.label)} mark={question.kind === 'single' ? '○' : '□'} />
    case 'rating':
      return (
        <div className="rating">
          <span className="word">{question.low}</span>
          {RATING_VALUES.map((value) => (
            <span key={value} className="cell">
              <span className="mark">□</span>
              {`${value}分`}
            </span>
          ))}
          <span className="word">{question.high}</span>
        </div>
      )
    case 'short':
    case 'long':
      return (
        <div className="lines">
          {Array.from({ length: question.kind === 'long' ? longLines : 1 }, (_, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: empty writing lines, all alike.
            <div key={index} className="line" />
          ))}
        </div>
      )
    case 'matrix':
      return <Matrix question={question} />
  }
}

/** What to say before the answers: the skip rule as guidance, how many to tick, the editor's help. */
function notesOf(questions: readonly SurveyQuestion[], question: SurveyQuestion): string {
  const rule = showIfWords(questions, question)
  return [
    rule ? `（第${rule.number}题选${rule.answers.map((answer) => `“${answer}”`).join('或')}的请回答）` : '',
    question.kind === 'multiple' ? (question.maxChoices ? `（可多选，最多选 ${question.maxChoices} 项）` : '（可多选）') : '',
    question.kind === 'matrix' ? '（每行选一项）' : '',
    question.help ?? '',
  ].join('')
}

function Question({ questions, index, longLines }: { questions: readonly SurveyQuestion[]; index: number; longLines: number }) {
  const question = questions[index] as SurveyQuestion
  const notes = notesOf(questions, question)
  return (
    <li className="question">
      <p className="q-head">
        <span className="q-number">{`第${index + 1}题`}</span>
        {question.label}
        <span className="q-need">{question.required ? '（必答）' : '（选答）'}</span>
      </p>
      {notes && <p className="q-note">{notes}</p>}
      <Answer question={question} longLines={longLines} />
    </li>
  )
}

export function QuestionnaireView({ survey, url, longLines }: Props) {
  return (
    <main className="questionnaire">
      <header className="head">
        <div className="title-block">
          <p className="office">{`${survey.notice.collector} · 民意征集`}</p>
          <h1>{survey.title}</h1>
          <p className="dates">{`征集时间：${longDate(survey.opensAt)}至${longDate(survey.closesAt)}`}</p>
          {survey.area && <p className="dates">{`征集范围：${survey.area.name}`}</p>}
        </div>
        <OfficeUse />
      </header>
      {survey.intro && (
        <div className="intro">
          {paragraphs(survey.intro).map((line, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the intro's paragraphs, in order.
            <p key={index}>{line}</p>
          ))}
        </div>
      )}
      <div className="notice-row">
        <Notice survey={survey} />
        <div className="online">
          <QrCode url={url} label={`${survey.title}的网上问卷二维码`} />
          <p className="scan">扫码可在手机上填写</p>
          <p className="url">{url}</p>
        </div>
      </div>
      <p className="how">
        填写说明：单选题在一个“○”里画“√”，多选题在“□”里画“√”；评分题在相应分数的“□”里画“√”；有“（第几题选……的请回答）”的题，不符合的可以不答。右上角一栏由工作人员填写。
      </p>
      <ol className="questions">
        {survey.questions.map((question, index) => (
          <Question key={question.key} questions={survey.questions} index={index} longLines={longLines} />
        ))}
      </ol>
      <p className="end">问卷到此结束，感谢您的参与！填好后请交给社区工作人员。</p>
    </main>
  )
}
