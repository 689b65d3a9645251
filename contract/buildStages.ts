/** The stages of a site update, named for the people who read 上线记录 and the logs. */
export const BUILD_STAGE_NAMES: Record<string, string> = {
  refresh: '读取变更',
  load: '读取内容',
  content: '整理内容',
  plan: '规划页面',
  compare: '比对',
  'reuse (spare)': '复制未变页面',
  'reuse (link)': '复制未变页面',
  render: '生成页面和 PDF',
  search: '更新搜索',
  switch: '切换上线',
}

export const stageName = (key: string): string => BUILD_STAGE_NAMES[key] ?? key
