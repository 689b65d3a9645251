/**
 * The local catching mail server `npm start` runs when no SMTP_URL is set: it accepts every
 * message on 127.0.0.1 and keeps it as JSON in DATA_DIR/caught-mail, where administrators
 * read it in the admin (系统 › 拦截的邮件) under a banner saying nothing was delivered. So
 * the demo's password-reset links work without sending mail anywhere.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

import { catcherAddressFile, caughtMailDir } from '../contract/paths.ts'

export interface CaughtMail {
  from: string
  to: string[]
  subject: string
  text: string
  html: string
  date: string
}

export interface MailCatcher {
  url: string
  dir: string
  stop(): Promise<void>
}

let counter = 0

async function keep(dir: string, source: NodeJS.ReadableStream): Promise<void> {
  const parsed = await simpleParser(source as never)
  const addresses = (value: typeof parsed.to) => (Array.isArray(value) ? value : value ? [value] : []).map((entry) => entry.text)
  const mail: CaughtMail = {
    from: parsed.from?.text ?? '',
    to: addresses(parsed.to),
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: typeof parsed.html === 'string' ? parsed.html : '',
    date: new Date().toISOString(),
  }
  counter += 1
  const name = `${mail.date.replace(/[:.]/g, '-')}-${process.pid}-${counter}.json`
  await writeFile(path.join(dir, name), JSON.stringify(mail, null, 2))
}

/** Starts the catcher on a free loopback port; SMTP_URL for the admin is its `url`. */
export async function startMailCatcher(dataDir: string, log: (line: string) => void = () => {}): Promise<MailCatcher> {
  const dir = caughtMailDir(dataDir)
  await mkdir(dir, { recursive: true })
  const server = new SMTPServer({
    // Loopback only, no TLS to negotiate, no accounts: it only ever talks to this machine's admin.
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    banner: '杏花岭宣传微平台 本机邮件拦截',
    size: 10 * 1024 * 1024,
    onData(stream, _session, done) {
      keep(dir, stream).then(
        () => done(),
        (error: Error) => {
          log(`拦截邮件时出错：${error.message}`)
          done(error)
        },
      )
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  const url = `smtp://127.0.0.1:${port}`
  await writeFile(catcherAddressFile(dataDir), url)
  return {
    url,
    dir,
    stop: async () => {
      await rm(catcherAddressFile(dataDir), { force: true })
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
