import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { SECRET_ADVICE, weakSecretReason } from '../cms/server/secretPolicy.ts'
import { config } from '../contract/config.ts'
import { OperatorError } from '../contract/errors.ts'

export interface Secrets {
  payloadSecret: string
  demoPassword: string
  /** True when the password came from DEMO_PASSWORD rather than from this machine's store. */
  demoPasswordFromEnv: boolean
}

/**
 * Secrets come from the environment; on a single machine without them, they are
 * generated once and kept (mode 600) in the data folder, never in the repository.
 */
export async function loadSecrets(dataDir: string): Promise<Secrets> {
  const file = path.join(dataDir, 'secrets.json')
  let stored: Partial<Secrets> = {}
  if (existsSync(file)) stored = JSON.parse(await readFile(file, 'utf8')) as Partial<Secrets>
  const generated = {
    payloadSecret: stored.payloadSecret ?? randomBytes(32).toString('hex'),
    demoPassword: stored.demoPassword ?? `xhl-${randomBytes(6).toString('base64url')}`,
  }
  if (!existsSync(file)) {
    await mkdir(dataDir, { recursive: true })
    await writeFile(file, JSON.stringify(generated, null, 2), { mode: 0o600 })
  }
  const envSecret = config().payloadSecret
  const weak = envSecret != null ? weakSecretReason(envSecret) : null
  if (weak) throw new OperatorError(`${weak}。${SECRET_ADVICE}`)
  const envPassword = config().demoPassword
  return {
    payloadSecret: envSecret || generated.payloadSecret,
    demoPassword: envPassword || generated.demoPassword,
    demoPasswordFromEnv: Boolean(envPassword),
  }
}
