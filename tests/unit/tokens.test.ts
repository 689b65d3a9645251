/**
 * One token set for web and print (site/styles/tokens.ts): the web's custom properties in
 * base.css are that set, and neither base.css nor any print layout has a colour of its own.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { ELDER_TOKENS, WEB_TOKENS } from '../../site/styles/tokens.ts'

const root = path.resolve(import.meta.dirname, '../..')
const css = readFileSync(path.join(root, 'site/styles/base.css'), 'utf8')
const HEX = /#[0-9a-f]{3,8}\b/gi

/** The declarations of the first rule `selector { … }` after `start`, in order, values with whitespace collapsed. */
function declarations(start: string, selector: string): [string, string][] {
  const from = css.indexOf(start)
  expect(from, start).toBeGreaterThanOrEqual(0)
  const open = css.indexOf(`${selector} {`, from)
  const body = css.slice(open + selector.length + 2, css.indexOf('}', open))
  return body
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const colon = part.indexOf(':')
      return [
        part.slice(0, colon).trim(),
        part
          .slice(colon + 1)
          .replace(/\s+/g, ' ')
          .trim(),
      ]
    })
}

describe('the token set', () => {
  it('is the web’s :root block, property for property', () => {
    expect(declarations('@layer tokens {', ':root')).toEqual(Object.entries(WEB_TOKENS))
  })

  it('is 长者模式’s overrides', () => {
    expect(declarations('@layer elder {', 'html[data-elder]')).toEqual(Object.entries(ELDER_TOKENS))
  })

  it('leaves base.css no colour outside those two blocks', () => {
    const blocks = [':root {', 'html[data-elder] {'].map((selector) => {
      const open = css.indexOf(selector)
      return css.slice(open, css.indexOf('}', open))
    })
    let rest = css
    for (const block of blocks) rest = rest.replace(block, '')
    expect(rest.match(HEX) ?? []).toEqual([])
  })

  it('leaves the print layouts no colour literal of their own', () => {
    const dir = path.join(root, 'site/print')
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.tsx?$/.test(file))
    const found = files.flatMap((file) =>
      (readFileSync(path.join(dir, file), 'utf8').match(/['"`:\s(]#[0-9a-f]{3,8}\b/gi) ?? []).map((hex) => `${file}: ${hex.trim()}`),
    )
    expect(found).toEqual([])
  })

  it('leaves the pages, their parts and layouts no colour literal of their own', () => {
    const found = ['site/views', 'site/components', 'site/layouts'].flatMap((folder) =>
      readdirSync(path.join(root, folder), { encoding: 'utf8' })
        .filter((file) => file.endsWith('.astro'))
        .flatMap((file) =>
          (readFileSync(path.join(root, folder, file), 'utf8').match(/['"`:\s(]#[0-9a-f]{3,8}\b/gi) ?? []).map(
            (hex) => `${folder}/${file}: ${hex.trim()}`,
          ),
        ),
    )
    expect(found).toEqual([])
  })
})
