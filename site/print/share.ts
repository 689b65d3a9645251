/**
 * Share cards: the 1200×630 picture a chat app shows with a link. Pages with a photo use
 * its 1200×630 crop; every section also has a card of its own, drawn here with the
 * embedded Noto Sans SC so the Chinese renders the same on any machine.
 */
import { createElement } from 'react'
import type { ShareCard } from '../model/printSubjects.ts'
import { PRINT } from '../styles/tokens.ts'
import { markup } from './parts.tsx'
import { PRINT_FONTS } from './primitives.ts'
import { ShareCardView } from './ShareCardView.tsx'

export const SHARE_WIDTH = 1200
export const SHARE_HEIGHT = 630

export function shareCardJob(card: ShareCard): { title: string; css: string; body: string } {
  const css = `
@page { size: ${SHARE_WIDTH}px ${SHARE_HEIGHT}px; margin: 0; }
html, body { margin: 0; width: ${SHARE_WIDTH}px; height: ${SHARE_HEIGHT}px; overflow: hidden; }
body { font-family: ${PRINT_FONTS}; font-synthesis: none; background: ${PRINT.shareBackground}; color: ${PRINT.onRed}; display: grid; grid-template-rows: auto 1fr auto; }
header, footer { padding: 36px 64px; font-size: 34px; }
header { font-weight: 700; }
main { padding: 0 64px; align-self: center; }
h1 { font-size: 120px; line-height: 1.15; margin: 0 0 24px; font-weight: 700; }
main p { font-size: 44px; margin: 0; color: ${PRINT.cream}; }
footer { background: ${PRINT.shareFooter}; font-size: 30px; }
`
  return { title: card.title, css, body: markup(createElement(ShareCardView, { card })) }
}
