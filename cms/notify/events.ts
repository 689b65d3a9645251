/**
 * What the platform tells people about: each person chooses which of the personal notices
 * they get by mail; each 群机器人 (企业微信/钉钉 group) is given the events it should hear.
 */
export const PERSONAL_EVENTS = [
  { value: 'waiting', label: '有稿件等待我审核' },
  { value: 'returned', label: '我的稿件被退回' },
  { value: 'published', label: '我的稿件已发布' },
  { value: 'reply-due', label: '我承办的留言快到答复期限' },
  { value: 'order-due', label: '我负责的课单快到处理期限' },
] as const

export const GROUP_EVENTS = [
  { value: 'waiting', label: '有稿件等待审核' },
  { value: 'returned', label: '稿件被退回' },
  { value: 'published', label: '稿件已发布' },
  { value: 'takedown', label: '有人申请下线' },
  { value: 'build-failed', label: '网站更新失败' },
  { value: 'reply-due', label: '留言快到或已过答复期限' },
  { value: 'order-due', label: '课单快到或已过处理期限' },
] as const

export type NoticeEvent = (typeof GROUP_EVENTS)[number]['value']

/** What one notice says: a title and a link, never the text of a draft (it may leave for outside services). */
export interface Notice {
  event: NoticeEvent
  title: string
  /** One plain line: what happened and who should act. */
  line: string
  link: string
}
