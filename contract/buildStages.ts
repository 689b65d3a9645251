/** The stages of a site update, named for the people who read 上线记录 and the logs. */
export const BUILD_STAGE_NAMES: Record<string, string> = {
  refresh: '读取变更',
  load: '读取内容',
  content: '整理内容',
  islands: '准备表单脚本',
  plan: '规划页面',
  compare: '比对',
  'reuse (spare)': '复制未变页面',
  'reuse (link)': '复制未变页面',
  render: '生成页面和 PDF',
  search: '更新搜索',
  precompress: '预压缩',
  switch: '切换上线',
}

export const stageName = (key: string): string => BUILD_STAGE_NAMES[key] ?? key

/** 850 毫秒, 9.7 秒, 2 分 05 秒: a duration as 上线记录 and the logs say it. */
export function readableDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} 毫秒`
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} 秒`
  const seconds = Math.round(ms / 1000)
  return `${Math.floor(seconds / 60)} 分 ${String(seconds % 60).padStart(2, '0')} 秒`
}
