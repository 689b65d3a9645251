/** A notice as each channel carries it: mail, 企业微信 group robot, 钉钉 group robot. */
import { createHmac } from 'node:crypto'

import { escapeHtml } from '../../contract/html'
import type { Notice } from './events'

export function mailOf(notice: Notice): { subject: string; html: string } {
  return {
    subject: `杏花岭宣传微平台：${notice.title}`,
    html: `<p>${escapeHtml(notice.line)}</p>
<p><a href="${escapeHtml(notice.link)}">${escapeHtml(notice.link)}</a></p>
<p>不想再收到这类邮件，可以在后台「我的账户 › 邮件提醒」里取消。</p>`,
  }
}

/** Markdown both robots show; brackets in titles cannot break the link. */
const markdown = (notice: Notice) =>
  `**${notice.title.replace(/[*[\]]/g, '')}**\n\n${notice.line.replace(/[*[\]]/g, '')}\n\n[打开后台查看](${notice.link})`

export function wecomBody(notice: Notice): unknown {
  return { msgtype: 'markdown', markdown: { content: markdown(notice) } }
}

export function dingtalkBody(notice: Notice): unknown {
  return { msgtype: 'markdown', markdown: { title: notice.title, text: markdown(notice) } }
}

/** 钉钉's 加签: the webhook address with timestamp and signature added. */
export function dingtalkSigned(webhook: string, secret: string, now = Date.now()): string {
  const sign = createHmac('sha256', secret).update(`${now}\n${secret}`).digest('base64')
  const url = new URL(webhook)
  url.searchParams.set('timestamp', String(now))
  url.searchParams.set('sign', sign)
  return url.toString()
}
