/** A number of copies for the print desk, as people type it; anything doubtful is refused rather than guessed. */
import { describe, expect, it } from 'vitest'

import { copiesOf, fileSafe } from '../../contract/print.ts'

describe('copies on the print desk', () => {
  it.each([
    ['120', 120],
    ['１２０', 120],
    ['1,200', 1200],
    ['120份', 120],
    ['3千', 3000],
    ['1万', 10_000],
    ['一百二十', 120],
    ['一百零一', 101],
    ['一百一', 110],
    ['两千五', 2500],
    ['一千二百五', 1250],
    ['三万五', 35_000],
    ['十五', 15],
    [42, 42],
  ])('reads %s as %i', (typed, copies) => {
    expect(copiesOf(typed)).toBe(copies)
  })

  it.each(['1、2', '1,20', '1 2', '1.5', '-5', '1e3', '0x10', '许多', '万', '', 1.5])('refuses %s', (typed) => {
    expect(copiesOf(typed)).toBeNull()
  })

  it('cuts a file name at whole characters, never inside an emoji', () => {
    const name = fileSafe(`${'好'.repeat(29)}😀😀`, 30)
    expect(name).toBe(`${'好'.repeat(29)}😀`)
    expect(() => encodeURIComponent(name)).not.toThrow()
    expect(fileSafe('a/b\\\\c:d e', 10)).toBe('abcde')
  })
})
