/**
 * Mail leaves through the SMTP server of SMTP_URL, by nodemailer. Without one the admin
 * writes mail to its log; `npm start` never leaves it so: it runs a local catching server
 * (ops/mailCatcher.ts) and points SMTP_URL at it.
 *
 * Why not @payloadcms/email-nodemailer: its 3.90.1 pins `payload` 3.90.1 exactly while
 * the project is on 3.90.2. With an npm override it installs, but Payload's own dependency
 * check then rejects the mismatch on every non-production start (an unhandled rejection
 * that failed the test run). The adapter Payload needs is one function over nodemailer.
 */
import nodemailer from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

import { config } from '../../contract/config'

/** `杏花岭宣传微平台 <noreply@x.cn>` → its name and address. */
export function parseMailbox(mailbox: string): { name: string; address: string } {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(mailbox)
  return match ? { name: match[1] ?? '', address: match[2] ?? '' } : { name: '', address: mailbox.trim() }
}

/** SMTP_URL as nodemailer's options: smtps:// is TLS from the start, smtp:// may upgrade. */
export function transportOptions(smtpUrl: string) {
  const url = new URL(smtpUrl)
  const secure = url.protocol === 'smtps:'
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    connectionTimeout: 10_000,
  }
}

/** `{ name, address }` or a string, as nodemailer takes a sender. */
function sender(from: SendEmailOptions['from'], fallback: string): string {
  if (!from) return fallback
  if (typeof from === 'string') return from
  if (Array.isArray(from)) return sender(from[0], fallback)
  return from.name ? `${from.name} <${from.address}>` : from.address
}

export function mailAdapter(): EmailAdapter | undefined {
  const { smtpUrl, mailFrom } = config()
  if (!smtpUrl) return undefined
  const from = parseMailbox(mailFrom)
  const fallback = from.name ? `${from.name} <${from.address}>` : from.address
  // A mail server that is down at start does not stop the admin; each send reports its own failure.
  const transport = nodemailer.createTransport(transportOptions(smtpUrl))
  return () => ({
    name: 'smtp',
    defaultFromAddress: from.address,
    defaultFromName: from.name || '杏花岭宣传微平台',
    sendEmail: (message: SendEmailOptions) => transport.sendMail({ ...message, from: sender(message.from, fallback) }),
  })
}
