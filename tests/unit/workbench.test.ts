/**
 * The workbench's words and clocks: one status name everywhere, Beijing time whatever the
 * machine's zone, waiting counted in working days, and 上线记录's addresses.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { shortReason } from '../../cms/dashboard/builds.ts'
import { mailIsCaught } from '../../cms/mail/caught.ts'
import { pageAddress, pageKind } from '../../cms/publish/changedPages.ts'
import { isOverdue, waitedLabel, workingDaysBetween } from '../../cms/workflow/overdue.ts'
import { REVIEW_STATES } from '../../cms/workflow/states.ts'
import { rejection, reviewStatusLabel } from '../../cms/workflow/statusLabel.ts'
import { readableDuration } from '../../contract/buildStages.ts'
import { catcherAddressFile } from '../../contract/paths.ts'
import { longDate, longDateTime, shortDateTime } from '../../contract/time.ts'
import { englishWords, rawIds } from '../support/english.ts'

describe('dates and times read in Beijing time', () => {
  it('writes lists as 2026-11-29 22:13 and headings as 2026年11月29日 22:13, whatever the zone', () => {
    // 14:13 UTC is 22:13 in Beijing; just before midnight UTC is the next morning there.
    expect(shortDateTime('2026-11-29T14:13:45Z')).toBe('2026-11-29 22:13')
    expect(shortDateTime('2026-11-29T14:13:45Z', { seconds: true })).toBe('2026-11-29 22:13:45')
    expect(longDateTime('2026-11-29T14:13:00Z')).toBe('2026年11月29日 22:13')
    expect(longDate('2026-11-29T23:30:00Z')).toBe('2026年11月30日')
    expect(shortDateTime('2026-01-04T16:05:00Z')).toBe('2026-01-05 00:05')
  })
})

describe('one name for a document’s status', () => {
  it('names every review state the same in the header, the lists, the sidebar and the dashboard', () => {
    for (const { value, label } of REVIEW_STATES) {
      if (value === 'draft') continue
      expect(reviewStatusLabel({ state: value })).toBe(label)
    }
    expect(reviewStatusLabel({ state: 'pending-2' })).toBe('审核中·待复审')
    expect(reviewStatusLabel({ state: 'draft' })).toBe('草稿')
    expect(reviewStatusLabel({ state: 'draft', rejected: true })).toBe('被退回')
    expect(reviewStatusLabel({ state: null })).toBe('未发布')
  })

  it('finds the 退回 reason only when the last step was a 退回', () => {
    expect(rejection([{ decision: 'submit' }, { decision: 'reject', reason: '请补充时间' }])).toBe('请补充时间')
    expect(rejection([{ decision: 'reject', reason: 'x' }, { decision: 'submit' }])).toBeNull()
    expect(rejection([])).toBeNull()
    expect(rejection(null)).toBeNull()
  })
})

describe('waiting for review, in working days', () => {
  const at = (iso: string) => new Date(iso)

  it('does not count the weekend', () => {
    // Friday 2026-11-27 18:00 Beijing to Monday 2026-11-30 18:00 Beijing: one working day.
    expect(workingDaysBetween(at('2026-11-27T10:00:00Z'), at('2026-11-30T10:00:00Z'))).toBeCloseTo(1, 5)
    // Saturday morning to Sunday night: nothing.
    expect(workingDaysBetween(at('2026-11-28T01:00:00Z'), at('2026-11-29T15:00:00Z'))).toBe(0)
    expect(workingDaysBetween(at('2026-11-30T10:00:00Z'), at('2026-11-27T10:00:00Z'))).toBe(0)
  })

  it('follows the office calendar: a holiday does not count, a 调休 Saturday does', () => {
    const calendar = { holidays: new Set(['2026-10-01', '2026-10-02']), workdays: new Set(['2026-10-10']) }
    // Wednesday 09-30 18:00 to Saturday 10-03 18:00 Beijing: six hours of Wednesday, then holidays and a weekend.
    expect(workingDaysBetween(at('2026-09-30T10:00:00Z'), at('2026-10-03T10:00:00Z'), calendar)).toBeCloseTo(0.25, 5)
    expect(workingDaysBetween(at('2026-09-30T10:00:00Z'), at('2026-10-03T10:00:00Z'))).toBeCloseTo(2.25, 5)
    // Friday 10-09 12:00 to Sunday 10-11 12:00 Beijing: half of Friday and all of the 调休 Saturday.
    expect(workingDaysBetween(at('2026-10-09T04:00:00Z'), at('2026-10-11T04:00:00Z'), calendar)).toBeCloseTo(1.5, 5)
    const submitted = at('2026-09-30T02:00:00Z')
    expect(isOverdue(submitted, at('2026-10-05T02:00:00Z'), 2, calendar)).toBe(false)
    expect(isOverdue(submitted, at('2026-10-05T02:00:00Z'), 2)).toBe(true)
  })

  it('marks work overdue once it waits longer than the setting', () => {
    const submitted = at('2026-11-23T02:00:00Z') // Monday 10:00 Beijing
    expect(isOverdue(submitted, at('2026-11-25T01:00:00Z'), 2)).toBe(false)
    expect(isOverdue(submitted, at('2026-11-25T03:00:00Z'), 2)).toBe(true)
    expect(isOverdue(submitted, at('2026-11-23T14:00:00Z'), 0.5)).toBe(false)
  })

  it('says how long in words', () => {
    const since = at('2026-11-30T00:00:00Z')
    expect(waitedLabel(since, at('2026-11-30T00:00:30Z'))).toBe('刚刚')
    expect(waitedLabel(since, at('2026-11-30T00:25:00Z'))).toBe('已等待 25 分钟')
    expect(waitedLabel(since, at('2026-11-30T05:00:00Z'))).toBe('已等待 5 小时')
    expect(waitedLabel(since, at('2026-12-03T01:00:00Z'))).toBe('已等待 3 天')
  })
})

describe('上线记录 in plain words', () => {
  it('links each regenerated file to where residents see it', () => {
    expect(pageAddress('index.html')).toBe('/')
    expect(pageAddress('figures/hao-jing-quan/index.html')).toBe('/figures/hao-jing-quan/')
    expect(pageAddress('/print/figures/hao.pdf')).toBe('/print/figures/hao.pdf')
    expect(pageKind('figures/hao/index.html')).toBe('页面')
    expect(pageKind('print/a.pdf')).toBe('PDF')
    expect(pageKind('sitemap.xml')).toBe('订阅/站点地图')
  })

  it('shortens a long list of changes', () => {
    expect(shortReason('新建人物「甲」')).toBe('新建人物「甲」')
    expect(shortReason('新建人物「甲」；新建人物「乙」；修改网站设置')).toBe('新建人物「甲」；新建人物「乙」 等 3 项变更')
  })
})

describe('the check for Payload’s English and raw ids', () => {
  it('finds UI words but not file names, addresses, slugs or the office’s own terms', () => {
    expect(englishWords('状态：Draft · Last Modified')).toEqual(['Draft', 'Last', 'Modified'])
    expect(englishWords('hao-jing-quan-placeholder.png 46KB image/png https://xhl.example.cn/figures/ editor@x.cn')).toEqual([])
    expect(englishWords('印刷用 PDF（CMYK）')).toEqual([])
    expect(englishWords('Drag to move')).toEqual(['Drag', 'to', 'move'])
  })

  it('finds raw ids where a name belongs', () => {
    expect(rawIds('无标题 - ID: 2')).toEqual(['ID: 2'])
    expect(rawIds('执行进程 vm:10684')).toEqual(['vm:10684'])
    expect(rawIds('20261130T013852765-6022')).toEqual(['20261130T013852765-6022'])
    expect(rawIds('示例编辑')).toEqual([])
  })
})

describe('Payload’s hard-coded English names for screen readers', () => {
  it('are given Chinese names', async () => {
    const { chineseName } = await import('../../cms/components/ChineseAriaLabels.tsx')
    expect(chineseName('Drag to move')).toBe('拖动以移动段落')
    expect(chineseName('Edit 涧河街道')).toBe('编辑「涧河街道」')
    expect(chineseName('编辑「涧河街道」')).toBeNull()
    expect(chineseName('Collapse')).toBe('收起')
  })
})

describe('notices as they leave', () => {
  it('carry a title and a link in each robot’s format, and 钉钉’s are signed', async () => {
    const { dingtalkBody, dingtalkSigned, mailOf, wecomBody } = await import('../../cms/notify/message.ts')
    const notice = {
      event: 'waiting' as const,
      title: '人物「[甲]」等待初审',
      line: '示例编辑提交了人物「甲」。',
      link: 'https://cms.example.cn/admin/collections/figures/1',
    }
    expect(wecomBody(notice)).toEqual({
      msgtype: 'markdown',
      markdown: {
        content:
          '**人物「甲」等待初审**\n\n示例编辑提交了人物「甲」。\n\n[打开后台查看](https://cms.example.cn/admin/collections/figures/1)',
      },
    })
    expect((dingtalkBody(notice) as { markdown: { title: string } }).markdown.title).toBe(notice.title)
    const signed = new URL(dingtalkSigned('https://oapi.dingtalk.com/robot/send?access_token=t', 'SECx', 1700000000000))
    expect(signed.searchParams.get('timestamp')).toBe('1700000000000')
    expect(signed.searchParams.get('access_token')).toBe('t')
    expect(signed.searchParams.get('sign')).toMatch(/^[A-Za-z0-9+/]+=*$/)
    expect(mailOf({ ...notice, title: '<b>' }).html).not.toContain('<b>')
  })

  it('accept robot addresses on HTTPS only (plain HTTP on this machine)', async () => {
    const { webhookProblem } = await import('../../cms/notify/NoticeGroups.ts')
    expect(webhookProblem('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=1')).toBe(true)
    expect(webhookProblem('http://127.0.0.1:9999/hook')).toBe(true)
    expect(webhookProblem('http://qyapi.weixin.qq.com/x')).toMatch(/https/)
    expect(webhookProblem('javascript:alert(1)')).toMatch(/https/)
    expect(webhookProblem('')).toMatch(/Webhook/)
  })

  it('read SMTP_URL and MAIL_FROM as nodemailer takes them', async () => {
    const { parseMailbox, transportOptions } = await import('../../cms/mail/adapter.ts')
    expect(parseMailbox('杏花岭宣传微平台 <noreply@x.cn>')).toEqual({ name: '杏花岭宣传微平台', address: 'noreply@x.cn' })
    expect(parseMailbox('noreply@x.cn')).toEqual({ name: '', address: 'noreply@x.cn' })
    expect(transportOptions('smtps://u%40x:p%3Aw@smtp.x.cn')).toMatchObject({
      host: 'smtp.x.cn',
      port: 465,
      secure: true,
      auth: { user: 'u@x', pass: 'p:w' },
    })
    expect(transportOptions('smtp://127.0.0.1:2525')).toMatchObject({ port: 2525, secure: false, auth: undefined })
  })
})

describe('上线记录 and mail', () => {
  it('says how long an update took in words, not milliseconds', () => {
    expect(readableDuration(850)).toBe('850 毫秒')
    expect(readableDuration(9_740)).toBe('9.7 秒')
    expect(readableDuration(125_000)).toBe('2 分 05 秒')
  })

  it('calls mail caught only when it goes to the running catcher, not to any relay on 127.0.0.1', () => {
    const saved = { DATA_DIR: process.env.DATA_DIR, SMTP_URL: process.env.SMTP_URL }
    const data = mkdtempSync(path.join(tmpdir(), 'xhl-mail-'))
    try {
      process.env.DATA_DIR = data
      delete process.env.SMTP_URL
      expect(mailIsCaught()).toBe(true)
      process.env.SMTP_URL = 'smtp://127.0.0.1:2525'
      expect(mailIsCaught()).toBe(false)
      mkdirSync(path.dirname(catcherAddressFile(data)), { recursive: true })
      writeFileSync(catcherAddressFile(data), 'smtp://127.0.0.1:2525')
      expect(mailIsCaught()).toBe(true)
      process.env.SMTP_URL = 'smtp://relay.example.cn:25'
      expect(mailIsCaught()).toBe(false)
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name]
        else process.env[name] = value
      }
      rmSync(data, { recursive: true, force: true })
    }
  })
})
