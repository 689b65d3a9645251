/**
 * Door-level home addresses in normalized text (numbers are digits by now: 三号楼 → 3号楼).
 * A door is a chain of levels — building (号楼/栋/幢/座/#/排/号院…), entrance or storey
 * (单元/门/梯/层/楼) — ending in a room (501室, 3户, 东户, 2-501, or bare digits after a
 * level), or the dash form 5-3-201. Building-level addresses (桃园路12号, 3号楼) pass: they
 * are the public addresses of places and streets. A room number in an office building
 * (区民政局3楼305室) or a seat (5排8号) passes too, unless the sentence says it is a home.
 */
import type { NormalizedText } from './normalize'

export interface AddressHit {
  kind: 'address'
  start: number
  end: number
  key: string
}

const N = '\\d{1,5}'
const BUILDING = `(?:(?:\\d{1,4}|[A-Za-z]\\d{0,2})\\s*(?:#\\s*楼?|号楼|号院|号|栋|幢|座|排|区|期|楼)|(?<=村\\s*)\\d{1,3}\\s*组)`
const STOREY = `${N}\\s*(?:单元|层|门|梯)`
const LEVEL = `(?:${BUILDING}|${STOREY})`
/** After 号: what a numbered door is not (a gate, a window, a stall, a seat, a road…). */
const NOT_A_DOOR = '楼院座线车位路街巷道段门口窗展摊档地考会桌柜台厅馆场出入码牌票选'
const ROOM = [
  `${N}\\s*-\\s*${N}(?:\\s*-\\s*${N})?\\s*(?:室|号|户)?`,
  `${N}\\s*室`,
  `(?<!梯\\s*)[1-9]\\s*户(?![居人结家住])`,
  `${N}\\s*号(?![${NOT_A_DOOR}])`,
  '[东西南北中左右]\\s*户',
  '(?<=(?:层|楼)\\s*)[东西南北左右](?:门|手|边(?:那?户)?)',
  `(?<=(?:单元|层|栋|幢|座|号楼|楼|门|梯|#)[\\s\\-、，,]*)\\d{3,4}(?![\\d年月日元万个人次件天小分秒%户])`,
].join('|')
const DOOR = new RegExp(`(?<![\\dA-Za-z])(?:${LEVEL}[\\s\\-、，,/]*){1,4}(?:${ROOM})`, 'g')
/** 5-3-201: building, unit, room, with dashes (or, in a home's address, _ and /) only. */
const DASHED = /(?<![\d.\-/_])(\d{1,3})\s*([-_/])\s*(\d{1,2})\s*\2\s*(\d{3,4})(?![\d\-/_])\s*(室|号|户)?/g
const DASHED_PAIR = /(?<![\d.\-/])\d{1,2}-\d{3,4}\s*室/g
/** A room straight after the estate's name: 胜利小区302室. */
const ESTATE_ROOM = /(?<=(?:小区|花园|家园|公寓|宿舍|新村|家属院)\s*)(?:\d{3,4}\s*(?:室|号|户)|\d{1,3}-\d{3,4}(?![\d-]))/g

/** Words that make the place a home: where the sentence says so, the number is a door. */
const HOME = /(小区|花园|家园|公寓|宿舍|新村|楼院|家属院|家属楼|家住|家在|住在|住址|住所|居住|独居|老人家)/
/** Buildings whose rooms are offices, straight before the address (区民政局3楼305室, 万达广场B座1605室). */
const PUBLIC_BUILDING =
  /(办公|机关|中心|大厦|大楼|写字楼|驿站|大厅|政府|委员会|党群|派出所|医院|卫生院|学校|小学|中学|大学|学院|幼儿园|馆|实践站|实践所|实践园|办事处|管理处|法院|检察院|银行|宾馆|酒店|商场|广场|科技园|产业园|园区|教学楼|局|办|委|联|会|站|室|处|所|部)$/
/** Rooms that are not homes, named straight after the number. */
const ROOM_USE = /^(会议室|活动室|教室|办公室|阅览室|展厅|窗口|诊室|会议)/
/** Rows and numbers of seats, not of bungalows. */
const SEATING = /(座位|座号|观众|影院|影厅|剧场|剧院|礼堂|会场|看台|车厢|厅|门票|票|桌|席)/
const PHONE_WORDS = /(电话|热线|传真|咨询|手机|拨打|拨|tel|Tel|TEL)[^\d]{0,4}$/
/** Labels of figures, codes and numberings: 图3-2-101, 编号5-3-201. */
const NUMBERING = /(图|表|第|代码|编号|课程|序号|型号)[^\d]{0,3}$/

/** The sentence before `start`, within 30 characters. */
const sentenceBefore = (text: string, start: number) =>
  text
    .slice(Math.max(0, start - 30), start)
    .split(/[。；;！!？?\n]/)
    .at(-1) ?? ''

/** An office as the sentence's subject: 区委宣传部位于…, 服务中心设在…. */
const OFFICE_SUBJECT = /(部|局|办|委|中心|站|所|馆|院|处|会|会议|活动|培训|讲座|比赛)(位于|设在|设于|地址[:：]?|在|于)/

/** A public place rather than a home: an office straight before the number, a room's use straight after, or a seat. */
function isPublicPlace(text: string, start: number, end: number): boolean {
  const sentence = sentenceBefore(text, start)
  const clause = sentence.split(/[，,]/).at(-1) ?? ''
  const after = text.slice(end, end + 6)
  if (HOME.test(sentence) || /^(的|家)/.test(after)) return false
  if (/排/.test(text.slice(start, end)) && SEATING.test(clause)) return true
  if (ROOM_USE.test(after) || OFFICE_SUBJECT.test(clause)) return true
  // The office word must stand (almost) next to the address: 派出所民警来到5号楼… is a home.
  const near = text
    .slice(Math.max(0, start - 10), start)
    .replace(/[A-Za-z\d\s#]+$/, '')
    .replace(/(在|位于|设在|设于|于)$/, '')
  // Punctuation between the office word and the number: they are not one address.
  if (/[\p{P}]$/u.test(near)) return false
  // 区委大院2号楼…: the compound of an office.
  return PUBLIC_BUILDING.test(near.replace(/(大院|院内|内)$/, ''))
}

/** 10-12-2024 is a date, unless the sentence is about a home or a room word follows. */
function isDate(first: number, second: number, last: string, word: string | undefined, sentence: string): boolean {
  if (word || HOME.test(sentence)) return false
  const year = /^(19|20)\d\d$/.test(last)
  return year && ((first <= 31 && second <= 12) || (first <= 12 && second <= 31))
}

export function findAddresses(normalized: NormalizedText): AddressHit[] {
  const text = normalized.text
  const found: AddressHit[] = []
  const add = (start: number, end: number) => {
    if (isPublicPlace(text, start, end)) return
    if (found.some((other) => start < other.end && other.start < end)) return
    found.push({ kind: 'address', start, end, key: text.slice(start, end).replace(/\s+/g, '') })
  }
  for (const match of text.matchAll(DOOR)) add(match.index as number, (match.index as number) + match[0].trimEnd().length)
  for (const match of text.matchAll(DASHED)) {
    const [, first, mark, second, last, word] = match
    const start = match.index as number
    const before = text.slice(Math.max(0, start - 12), start)
    const sentence = sentenceBefore(text, start)
    if (isDate(Number(first), Number(second), last as string, word, sentence)) continue
    if (NUMBERING.test(before) || (!word && PHONE_WORDS.test(before))) continue
    // 5/3/201 and 5_3_201 only where the sentence is about a home.
    if (mark !== '-' && !HOME.test(sentence)) continue
    add(start, start + match[0].trimEnd().length)
  }
  for (const match of text.matchAll(ESTATE_ROOM)) add(match.index as number, (match.index as number) + match[0].length)
  for (const match of text.matchAll(DASHED_PAIR)) {
    const start = match.index as number
    if (NUMBERING.test(text.slice(Math.max(0, start - 12), start))) continue
    add(start, start + match[0].length)
  }
  return found
}
