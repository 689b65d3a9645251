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

export function parseRegulationText(source: string): ParsedRegulation {
  const lines = source.split(/\r?\n/).map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
  const preamble: string[] = []
  let chapters: ParsedChapter[] = []
  let chapterLines: number[] = []
  let chapter: ParsedChapter | null = null
  let article: ParsedArticle | null = null
  let articleLine = 0
  let section: string | null = null
  let expectedArticle = 1

  const closeArticle = () => {
    if (article && article.text.trim() === '') throw new RegulationParseError(articleLine, lines[articleLine - 1] ?? '', '条文没有内容')
    article = null
  }

  for (const [index, line] of lines.entries()) {
    const lineNumber = index + 1
    if (line === '') continue

    const chapterMatch = CHAPTER.exec(line)
    if (chapterMatch) {
      const number = chineseNumeral(chapterMatch[1] as string)
      if (number === null) throw new RegulationParseError(lineNumber, line, '章的编号无法识别')
      const previous = chapters.at(-1)?.number ?? 0
      const title = (chapterMatch[2] ?? '').trim()
      if (number === 1 && chapters.length > 0 && chapters.every((c) => c.articles.length === 0)) {
        // The same chapter list again: what came before was the 目录.
        preamble.push(...chapterLines.map((n) => lines[n - 1] as string))
        chapters = []
        chapterLines = []
      } else if (number !== previous + 1) {
        throw new RegulationParseError(lineNumber, line, `章的编号不连续，这里应为第${previous + 1}章`)
      }
      if (!title) throw new RegulationParseError(lineNumber, line, '章缺少标题，例如“第一章 总则”')
      closeArticle()
      chapter = { number, title, articles: [] }
      chapters.push(chapter)
      chapterLines.push(lineNumber)
      section = null
      continue
    }

    const sectionMatch = SECTION.exec(line)
    if (sectionMatch && chapter) {
      closeArticle()
      section = line.replace(/[\s\u3000]+/, ' ')
      continue
    }

    const articleMatch = ARTICLE.exec(line)
    if (articleMatch) {
      const number = chineseNumeral(articleMatch[1] as string)
      const rest = line.slice(articleMatch[0].length)
      // “第十二条规定的……” at the start of a line is a cross-reference, not a heading: a heading
      // is followed by a space, or carries the next number.
      const spaced = rest === '' || /^[\s\u3000]/.test(rest)
      if (spaced || number === expectedArticle) {
        if (number === null) throw new RegulationParseError(lineNumber, line, '条的编号无法识别')
        if (number !== expectedArticle) throw new RegulationParseError(lineNumber, line, `条的编号不连续，这里应为第${expectedArticle}条`)
        closeArticle()
        if (!chapter) {
          if (chapters.length > 0) throw new RegulationParseError(lineNumber, line, '条文不在任何一章之下')
          chapter = { number: 0, title: '', articles: [] }
          chapters.push(chapter)
          chapterLines.push(lineNumber)
        }
        article = { number, section, text: rest.trim() }
        articleLine = lineNumber
        chapter.articles.push(article)
        expectedArticle += 1
        continue
      }
    }

    if (article) {
      const current: ParsedArticle = article
      current.text = current.text ? `${current.text}\n${line}` : line
      continue
    }
    if (!chapter) {
      preamble.push(line)
      continue
    }
    throw new RegulationParseError(
      lineNumber,
      line,
      `这一行不属于任何条文：${chapter.number ? `第${chapter.number}章` : '正文'}之后应以“第${expectedArticle}条”开始`,
    )
  }
  closeArticle()

  if (expectedArticle === 1) {
    const first = lines.findIndex((l) => l !== '')
    throw new RegulationParseError(first + 1, lines[first] ?? '', '没有找到任何条文（应有“第一条”）')
  }
  const empty = chapters.findIndex((c) => c.articles.length === 0)
  if (empty >= 0) {
    const lineNumber = chapterLines[empty] as number
    throw new RegulationParseError(lineNumber, lines[lineNumber - 1] as string, '这一章没有条文')
  }
  return { preamble: preamble.join('\n'), chapters }
}
