/**
 * Passwords staff may set: at least 10 characters, not all digits, and not common or
 * easily guessed (zxcvbn's estimate with its common-password list, the platform's own
 * name and the account's e-mail and name counted as known words). Messages in Chinese.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common'

export const MIN_PASSWORD_LENGTH = 10

/** Words Chinese users put in passwords that the English-centric lists miss. */
const CHINESE_COMMON = [
  'woaini',
  'aini',
  'wo ai ni',
  '5201314',
  '1314520',
  'zhongguo',
  'taiyuan',
  'shanxi',
  'xinghualing',
  'xhl',
  'admin',
  'mima',
  'qwe',
  'asd',
  'zxc',
]

let estimator: ZxcvbnFactory | undefined

function guessability(password: string, known: string[]): number {
  estimator ??= new ZxcvbnFactory({ dictionary: { ...dictionary, chinese: CHINESE_COMMON }, graphs: adjacencyGraphs })
  return estimator.check(password, known).score
}

/** Why `password` is refused, or null when it is acceptable. */
export function passwordProblem(password: string, account: { email?: string | null; name?: string | null } = {}): string | null {
  const folded = password.normalize('NFKC')
  if ([...folded].length < MIN_PASSWORD_LENGTH) return `密码至少需要 ${MIN_PASSWORD_LENGTH} 个字符。`
  if (/^\d+$/.test(folded)) return '密码不能全是数字，请加入字母或符号。'
  const known = [account.email ?? '', (account.email ?? '').split('@')[0] ?? '', account.name ?? ''].filter(Boolean)
  if (guessability(folded, known) < 3)
    return '这个密码太常见或太容易猜到（如 password123、1qaz2wsx、woaini1314、含账号名），请换一个更长、更不规律的密码。'
  return null
}
