/**
 * Splits the official text of a regulation (“第一章 总则 / 第一条 为了……”) into numbered
 * chapters and articles. Chinese numerals are read as numbers (第一百零一条 → 101), numbering
 * must run on without gaps, and anything that does not fit is reported with its line.
 */
import { chineseNumeral } from '../../../contract/numerals'

export interface ParsedArticle {
  number: number
  /** The 节 (section) heading the article stands under, when the text has sections. */
  section: string | null
  text: string
}

export interface ParsedChapter {
  /** 0 when the text has no chapters, only articles. */
  number: number
  title: string
  articles: ParsedArticle[]
}

export interface ParsedRegulation {
  /** Lines before the first chapter or article: title, 题注, 目录. */
  preamble: string
  chapters: ParsedChapter[]
}

export class RegulationParseError extends Error {
  constructor(
    readonly line: number,
    readonly text: string,
    readonly reason: string,
  ) {
    super(`第 ${line} 行“${text.length > 40 ? `${text.slice(0, 40)}……` : text}”：${reason}`)
    this.name = 'RegulationParseError'
  }
}

const NUMERAL = '([零〇一二两三四五六七八九十百千\\d]+)'
const CHAPTER = new RegExp(`^第${NUMERAL}章(?:[\\s\\u3000]+(.*))?$`)
const SECTION = new RegExp(`^第${NUMERAL}节(?:[\\s\\u3000]+(.*))?$`)
const ARTICLE = new RegExp(`^第${NUMERAL}条`)

/** Where the parser has got to: what it has built so far and what it expects next. */
interface ParseState {
  /** The source lines, trimmed (full-width spaces too). */
  lines: string[]
  preamble: string[]
  chapters: ParsedChapter[]
  /** The line each chapter started on, for errors reported after the fact. */
  chapterLines: number[]
  chapter: ParsedChapter | null
  article: ParsedArticle | null
  articleLine: number
  section: string | null
  expectedArticle: number
}

function trimmedLines(source: string): string[] {
  return source.split(/\r?\n/).map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
}

/** Ends the current article; one that never got any text is an error. */
function closeArticle(state: ParseState): void {
  if (state.article && state.article.text.trim() === '') {
    throw new RegulationParseError(state.articleLine, state.lines[state.articleLine - 1] ?? '', '条文没有内容')
  }
  state.article = null
}

function openChapter(state: ParseState, chapter: ParsedChapter, lineNumber: number): void {
  state.chapter = chapter
  state.chapters.push(chapter)
  state.chapterLines.push(lineNumber)
}

/** Only chapter headings so far, none with articles: a 目录 (table of contents). */
function onlyContentsSoFar(state: ParseState): boolean {
  return state.chapters.length > 0 && state.chapters.every((c) => c.articles.length === 0)
}

/** The same chapter list again: what came before was the 目录, which belongs to the preamble. */
function moveContentsToPreamble(state: ParseState): void {
  state.preamble.push(...state.chapterLines.map((n) => state.lines[n - 1] as string))
  state.chapters = []
  state.chapterLines = []
}

function startChapter(state: ParseState, match: RegExpExecArray, line: string, lineNumber: number): void {
  const number = chineseNumeral(match[1] as string)
  if (number === null) throw new RegulationParseError(lineNumber, line, '章的编号无法识别')
  const previous = state.chapters.at(-1)?.number ?? 0
  const title = (match[2] ?? '').trim()
  if (number === 1 && onlyContentsSoFar(state)) {
    moveContentsToPreamble(state)
  } else if (number !== previous + 1) {
    throw new RegulationParseError(lineNumber, line, `章的编号不连续，这里应为第${previous + 1}章`)
  }
  if (!title) throw new RegulationParseError(lineNumber, line, '章缺少标题，例如“第一章 总则”')
  closeArticle(state)
  openChapter(state, { number, title, articles: [] }, lineNumber)
  state.section = null
}

function startSection(state: ParseState, line: string): void {
  closeArticle(state)
  state.section = line.replace(/[\s\u3000]+/, ' ')
}

/**
 * “第十二条规定的……” at the start of a line is a cross-reference, not a heading: a heading
 * is followed by a space, or carries the next number.
 */
function isArticleHeading(state: ParseState, number: number | null, rest: string): boolean {
  const spaced = rest === '' || /^[\s\u3000]/.test(rest)
  return spaced || number === state.expectedArticle
}

/** Articles before any chapter: the text has no chapters, so they stand under chapter 0. */
function openChapterless(state: ParseState, line: string, lineNumber: number): ParsedChapter {
  if (state.chapters.length > 0) throw new RegulationParseError(lineNumber, line, '条文不在任何一章之下')
  const chapter: ParsedChapter = { number: 0, title: '', articles: [] }
  openChapter(state, chapter, lineNumber)
  return chapter
}

function startArticle(state: ParseState, number: number | null, rest: string, line: string, lineNumber: number): void {
  if (number === null) throw new RegulationParseError(lineNumber, line, '条的编号无法识别')
  if (number !== state.expectedArticle) {
    throw new RegulationParseError(lineNumber, line, `条的编号不连续，这里应为第${state.expectedArticle}条`)
  }
  closeArticle(state)
  const chapter = state.chapter ?? openChapterless(state, line, lineNumber)
  const article: ParsedArticle = { number, section: state.section, text: rest.trim() }
  state.article = article
  state.articleLine = lineNumber
  chapter.articles.push(article)
  state.expectedArticle += 1
}

/** A line that is no heading: more of the current article, or of the preamble before any. */
function continueText(state: ParseState, line: string, lineNumber: number): void {
  const { article, chapter } = state
  if (article) {
    article.text = article.text ? `${article.text}\n${line}` : line
    return
  }
  if (!chapter) {
    state.preamble.push(line)
    return
  }
  throw new RegulationParseError(
    lineNumber,
    line,
    `这一行不属于任何条文：${chapter.number ? `第${chapter.number}章` : '正文'}之后应以“第${state.expectedArticle}条”开始`,
  )
}

/** The number and the rest of a line that opens an article, or null when the line is not an article heading. */
function articleHeading(state: ParseState, line: string): { number: number | null; rest: string } | null {
  const match = ARTICLE.exec(line)
  if (!match) return null
  const number = chineseNumeral(match[1] as string)
  const rest = line.slice(match[0].length)
  return isArticleHeading(state, number, rest) ? { number, rest } : null
}

function parseLine(state: ParseState, line: string, lineNumber: number): void {
  const chapterMatch = CHAPTER.exec(line)
  if (chapterMatch) {
    startChapter(state, chapterMatch, line, lineNumber)
    return
  }
  if (SECTION.test(line) && state.chapter) {
    startSection(state, line)
    return
  }
  const heading = articleHeading(state, line)
  if (heading) startArticle(state, heading.number, heading.rest, line, lineNumber)
  else continueText(state, line, lineNumber)
}

/** The text as a whole must have articles, and every chapter some. */
function checkComplete(state: ParseState): void {
  const { lines, chapters, chapterLines } = state
  if (state.expectedArticle === 1) {
    const first = lines.findIndex((l) => l !== '')
    throw new RegulationParseError(first + 1, lines[first] ?? '', '没有找到任何条文（应有“第一条”）')
  }
  const empty = chapters.findIndex((c) => c.articles.length === 0)
  if (empty >= 0) {
    const lineNumber = chapterLines[empty] as number
    throw new RegulationParseError(lineNumber, lines[lineNumber - 1] as string, '这一章没有条文')
  }
}

export function parseRegulationText(source: string): ParsedRegulation {
  const state: ParseState = {
    lines: trimmedLines(source),
    preamble: [],
    chapters: [],
    chapterLines: [],
    chapter: null,
    article: null,
    articleLine: 0,
    section: null,
    expectedArticle: 1,
  }
  for (const [index, line] of state.lines.entries()) {
    if (line !== '') parseLine(state, line, index + 1)
  }
  closeArticle(state)
  checkComplete(state)
  return { preamble: state.preamble.join('\n'), chapters: state.chapters }
}
