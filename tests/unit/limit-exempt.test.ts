/**
 * PARTICIPATION_LIMIT_EXEMPT, the bench's allow-list for the residents' per-address
 * throttles: off unless set, single addresses and narrow ranges only, never a keyword or a
 * range that would let a whole network (or everyone) past the throttles.
 */
import { describe, expect, it } from 'vitest'

import { ConfigError, parseConfig } from '../../contract/config.ts'

describe('PARTICIPATION_LIMIT_EXEMPT', () => {
  it('is off unless set, and reads addresses and narrow ranges (full-width digits too)', () => {
    expect(parseConfig({}).participationLimitExempt).toEqual([])
    expect(parseConfig({ PARTICIPATION_LIMIT_EXEMPT: '  ' }).participationLimitExempt).toEqual([])
    expect(parseConfig({ PARTICIPATION_LIMIT_EXEMPT: ' 127.0.0.1/32, ::1/128 ,１９８.１８.７.０/２４' }).participationLimitExempt).toEqual([
      '127.0.0.1/32',
      '::1/128',
      '198.18.7.0/24',
    ])
  })

  it.each(['0.0.0.0/0', '10.0.0.0/8', '198.18.0.0/23', 'loopback', '::/0', '2001:db8::/32', 'bench.example.cn', '127.0.0.1/33'])(
    'refuses %s with a specific message',
    (value) => {
      let error: unknown
      try {
        parseConfig({ PARTICIPATION_LIMIT_EXEMPT: value })
      } catch (caught) {
        error = caught
      }
      expect(error).toBeInstanceOf(ConfigError)
      expect((error as Error).message).toContain('PARTICIPATION_LIMIT_EXEMPT')
      expect((error as Error).message).toContain('IPv4 至少 /24')
    },
  )
})
