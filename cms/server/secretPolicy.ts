/**
 * What counts as a weak `PAYLOAD_SECRET`: it signs every session, so an empty one, a
 * well-known default or one short enough to guess lets anyone forge an administrator's
 * login. Shared by `npm start` (secrets.ts) and the admin server itself (instrumentation.ts),
 * which refuses to start with one. No Node imports: Next bundles this for its server boot.
 */
const WELL_KNOWN = new Set(['secret', 'changeme', 'change-me', 'payload', 'payloadsecret', 'build-only', 'your-secret-here', 'password'])

/** The shortest secret accepted: 16 characters (a 32-hex-digit `openssl rand -hex 16` is 32). */
export const MIN_SECRET_LENGTH = 16

/** Why `secret` must not be used, in Chinese for the operator, or null when it is fine. */
export function weakSecretReason(secret: string | undefined): string | null {
  const value = (secret ?? '').trim()
  if (!value) return 'PAYLOAD_SECRET 未设置或为空'
  if (WELL_KNOWN.has(value.toLowerCase())) return `PAYLOAD_SECRET 是众所周知的默认值「${value}」`
  if (value.length < MIN_SECRET_LENGTH) return `PAYLOAD_SECRET 太短（${value.length} 个字符，至少 ${MIN_SECRET_LENGTH} 个）`
  return null
}

export const SECRET_ADVICE = '请设置一个随机的长字符串，例如 openssl rand -hex 32 的输出。'
