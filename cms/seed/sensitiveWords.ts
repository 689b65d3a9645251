import type { SensitiveWord } from '../../contract/payload-types'

type Entry = NonNullable<SensitiveWord['entries']>[number]

/** A starting list of common miswritings; the office maintains the real list in the admin. */
export const demoSensitiveWords: Entry[] = [
  ['按装', '安装'],
  ['既使', '即使'],
  ['再接再励', '再接再厉'],
  ['迫不急待', '迫不及待'],
  ['一股作气', '一鼓作气'],
  ['走头无路', '走投无路'],
  ['谈笑风声', '谈笑风生'],
  ['不径而走', '不胫而走'],
  ['精兵减政', '精兵简政'],
  ['默守成规', '墨守成规'],
].map(([wrong, right]) => ({ wrong: wrong as string, right, kind: 'mistake' as const }))
