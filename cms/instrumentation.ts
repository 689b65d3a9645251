/**
 * Runs once when the admin server boots (`next start cms`), before it takes a request.
 * Bad settings (contract/config.ts) stop it with the Chinese list. A production server
 * with an empty, default or short PAYLOAD_SECRET would sign sessions anyone can forge: it
 * refuses to start, whoever starts it (npm start checks this too).
 */
import { SECRET_ADVICE, weakSecretReason } from './server/secretPolicy'

export async function register(): Promise<void> {
  // Read directly, not through the settings: Next sets these and replaces them when it
  // builds, which is what keeps the Node-only code below out of its edge bundle.
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NODE_ENV !== 'production') return
  // `next build` loads this too; building signs nothing.
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  const { config, exitOnBadConfig } = await import('../contract/config')
  exitOnBadConfig()
  const weak = weakSecretReason(config().payloadSecret)
  if (!weak) return
  console.error(`✖ 管理后台拒绝启动：${weak}。${SECRET_ADVICE}`)
  process.exit(1)
}
