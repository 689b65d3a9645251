/** The mail this run's catching server kept (ops/mailCatcher.ts), as tests read it. */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { caughtMailDir } from '../../contract/paths.ts'
import type { CaughtMail } from '../../ops/mailCatcher.ts'
import { stack } from './cms.ts'

export async function caughtMails(): Promise<CaughtMail[]> {
  const dir = caughtMailDir(stack().env.DATA_DIR as string)
  const files = (await readdir(dir).catch(() => [] as string[])).sort()
  return Promise.all(files.map(async (file) => JSON.parse(await readFile(path.join(dir, file), 'utf8')) as CaughtMail))
}

/** Mails to `address` whose subject contains `subject`. */
export async function mailsTo(address: string, subject = ''): Promise<CaughtMail[]> {
  return (await caughtMails()).filter((mail) => mail.to.some((to) => to.includes(address)) && mail.subject.includes(subject))
}
