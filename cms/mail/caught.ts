/** The mail the local catcher kept (ops/mailCatcher.ts writes it), newest first. */
import { readFileSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { config } from '../../contract/config'
import { catcherAddressFile, caughtMailDir } from '../../contract/paths'

export interface CaughtMail {
  file: string
  from: string
  to: string[]
  subject: string
  text: string
  date: string
}

export async function caughtMail(limit = 100): Promise<CaughtMail[]> {
  const dir = caughtMailDir(config().dataDir)
  const files = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.json'))
  const newest = files.sort().reverse().slice(0, limit)
  const mails = await Promise.all(
    newest.map(async (file) => {
      const mail = JSON.parse(await readFile(path.join(dir, file), 'utf8').catch(() => '{}')) as Partial<CaughtMail>
      return { file, from: mail.from ?? '', to: mail.to ?? [], subject: mail.subject ?? '', text: mail.text ?? '', date: mail.date ?? '' }
    }),
  )
  return mails
}

function catcherAddress(): string | null {
  try {
    return readFileSync(catcherAddressFile(config().dataDir), 'utf8').trim()
  } catch {
    return null
  }
}

/**
 * Whether mail is caught here rather than delivered: no SMTP_URL at all, or exactly the
 * address the running catcher wrote down (a real relay on 127.0.0.1 is not mistaken for it).
 */
export const mailIsCaught = (): boolean => !config().smtpUrl || config().smtpUrl === catcherAddress()
