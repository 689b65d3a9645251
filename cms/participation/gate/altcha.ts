/**
 * The proof-of-work challenge (altcha-lib v2, PBKDF2/SHA-256 in deterministic mode): the
 * server derives one key to make a challenge and only checks HMACs to verify one; the
 * resident's phone searches for the counter in the background, with no puzzle. A
 * challenge is for one form, expires after ten minutes and is good for one submission:
 * its nonce is written to `participation_challenges` when it is used, and a second use
 * finds it there (the insert decides, so two parallel replays cannot both pass).
 */
import { type Challenge, createChallenge, randomInt, verifySolution } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2'
import type { Payload } from 'payload'
import { z } from 'zod'

import type { ParticipationForm } from '../../../contract/participation'
import { poolOf } from '../../common/pgLimits'
import { gateKey } from './keys'

/**
 * The work asked of a phone: `cost` PBKDF2 rounds for each counter tried, the counter drawn
 * between `min` and `max` (about 2 million rounds on average). Raise it under attack.
 */
export const POW = { algorithm: 'PBKDF2/SHA-256', cost: 1000, min: 1000, max: 3000, minutes: 10 } as const

export const CHALLENGES_TABLE = 'participation_challenges'

export async function issueChallenge(payload: Payload, form: ParticipationForm): Promise<Challenge> {
  return createChallenge({
    algorithm: POW.algorithm,
    cost: POW.cost,
    counter: randomInt(POW.max, POW.min),
    deriveKey,
    expiresAt: new Date(Date.now() + POW.minutes * 60_000),
    data: { form },
    hmacSignatureSecret: gateKey(payload, 'altcha-signature'),
    hmacKeySignatureSecret: gateKey(payload, 'altcha-key'),
  })
}

/** What the widget posts, base64 JSON; anything else (the widget's `test` mode, a server-verification payload) is refused. */
const SOLVED = z.object({
  challenge: z.object({
    parameters: z.looseObject({
      algorithm: z.literal(POW.algorithm),
      nonce: z.string().min(16).max(128),
      salt: z.string().max(128),
      cost: z.number(),
      keyLength: z.number(),
      keyPrefix: z.string().max(256),
      keySignature: z.string().max(256),
      expiresAt: z.number(),
      data: z.object({ form: z.string() }),
    }),
    signature: z.string().max(256),
  }),
  solution: z.object({ counter: z.number().int().nonnegative(), derivedKey: z.string().max(256), time: z.number().optional() }),
})

export const ALTCHA_REFUSALS = {
  missing: '防机器人验证未完成，请稍候几秒再提交。',
  invalid: '防机器人验证没有通过，请刷新页面后重新提交。',
  otherForm: '防机器人验证不属于这个表单，请刷新页面后重新提交。',
  expired: '防机器人验证已过期（超过 10 分钟），请重新提交。',
  used: '这次验证已经用过，请重新提交。',
} as const
export type AltchaRefusal = keyof typeof ALTCHA_REFUSALS

function parse(raw: string): z.output<typeof SOLVED> | null {
  try {
    const parsed = SOLVED.safeParse(JSON.parse(Buffer.from(raw, 'base64').toString('utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** Checks a solved challenge for `form` and uses it up: null when it passes, else why not. */
export async function spendSolution(payload: Payload, raw: string | undefined, form: ParticipationForm): Promise<AltchaRefusal | null> {
  if (!raw) return 'missing'
  const solved = parse(raw)
  if (!solved) return 'invalid'
  const result = await verifySolution({
    challenge: solved.challenge,
    solution: solved.solution,
    deriveKey,
    hmacSignatureSecret: gateKey(payload, 'altcha-signature'),
    hmacKeySignatureSecret: gateKey(payload, 'altcha-key'),
  })
  if (result.expired) return 'expired'
  if (!result.verified) return 'invalid'
  // Signed, so the form it names is the form it was issued for.
  if (solved.challenge.parameters.data.form !== form) return 'otherForm'
  const { rows } = await poolOf(payload).query(
    `INSERT INTO "${CHALLENGES_TABLE}" (nonce, expires_at) VALUES ($1, to_timestamp($2)) ON CONFLICT (nonce) DO NOTHING RETURNING nonce`,
    [solved.challenge.parameters.nonce, solved.challenge.parameters.expiresAt],
  )
  return rows.length === 1 ? null : 'used'
}

/** Forgets used challenges that have expired anyway (the retention task). */
export async function forgetExpiredChallenges(payload: Payload, now = new Date()): Promise<number> {
  const { rowCount } = await poolOf(payload).query(`DELETE FROM "${CHALLENGES_TABLE}" WHERE expires_at < $1`, [now])
  return rowCount ?? 0
}
