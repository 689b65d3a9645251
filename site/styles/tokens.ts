/**
 * The one token set: every colour and type family of the public site and of print.
 *
 * The web's custom properties (`@layer tokens` and `@layer elder` in base.css) are this
 * set written as CSS; tests/unit/tokens.test.ts reads base.css and checks both blocks
 * against WEB_TOKENS and ELDER_TOKENS, and that base.css has no colour of its own outside
 * them. Print layouts (site/print/) take every colour and font from PRINT, and have no
 * colour literal of their own.
 *
 * Web and print keep separate roles where the medium asks for it: the print red is chosen
 * for the press (CMYK), the screen red for contrast on a phone.
 */

/** Colours both media start from. */
const PALETTE = {
  black: '#000',
  white: '#fff',
  /** The site's red (the header, links, buttons); the share cards are drawn on it. */
  screenRed: '#a3221b',
  /** 长者模式's darker red, for contrast. */
  screenRedElder: '#8f1d17',
  /** The print red: bands, headings and rules of every printed piece (prints well in CMYK). */
  pressRed: '#b3261e',
  /** Dark red: small headings, labels, the share card's footer and the 屏幕模式 ground. */
  deepRed: '#7a1712',
  /** Darkest red: the 屏幕模式 bars and image ground. */
  darkestRed: '#5c0f0b',
  /** Gold: the 屏幕模式 kicker on dark red. */
  gold: '#ffe08a',
  /** Warm cream: subtitles on red. */
  cream: '#ffe7c2',
  /** Pale red tint: the facts box of a handbook section. */
  blush: '#fbeee9',
  ink: '#1f1f1f',
  inkMuted: '#4d4d4d',
  inkMutedElder: '#2b2b2b',
  /** Small print (captions, addresses under QR codes). */
  grey: '#444',
  greyDark: '#333',
  greyDots: '#888',
  paper: '#f6f3ee',
  line: '#d6cec2',
  lineElder: '#767676',
  focus: '#1a5fb4',
  targetBackground: '#fff4c2',
  targetOutline: '#8a6d00',
  searchMark: '#ffe58f',
} as const

/** Type families. */
const FONTS = {
  /** System fonts only: body text never waits for a web font. */
  web: "system-ui, -apple-system, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif",
  /** Every printed piece: Noto Sans SC, with 花園明朝 (HanaMin) for the rare characters it lacks (both embedded). */
  print: "'Noto Sans SC', HanaMin",
} as const

/** The web's `:root` custom properties (base.css, `@layer tokens`), in order. */
export const WEB_TOKENS: Record<string, string> = {
  '--font-body': FONTS.web,
  '--color-text': PALETTE.ink,
  '--color-muted': PALETTE.inkMuted,
  '--color-accent': PALETTE.screenRed,
  '--color-accent-ink': PALETTE.white,
  '--color-surface': PALETTE.white,
  '--color-page': PALETTE.paper,
  '--color-line': PALETTE.line,
  '--color-focus': PALETTE.focus,
  '--color-target': PALETTE.targetBackground,
  '--color-target-line': PALETTE.targetOutline,
  '--color-mark': PALETTE.searchMark,
  '--space': '1rem',
  '--radius': '0.5rem',
  '--measure': '42rem',
  '--text-body': '1.0625rem',
  '--target': '44px',
  '--leading': '1.7',
}

/** 长者模式's overrides (base.css, `@layer elder`, `html[data-elder]`), in order. */
export const ELDER_TOKENS: Record<string, string> = {
  '--text-body': '1.25rem',
  '--leading': '1.8',
  '--target': '60px',
  '--color-text': PALETTE.black,
  '--color-muted': PALETTE.inkMutedElder,
  '--color-accent': PALETTE.screenRedElder,
  '--color-page': PALETTE.white,
  '--color-line': PALETTE.lineElder,
}

/** Print roles: what each colour is for on paper (and on the share cards). */
export const PRINT = {
  font: FONTS.print,
  text: PALETTE.black,
  /** Type on the red bands and covers. */
  onRed: PALETTE.white,
  red: PALETTE.pressRed,
  deepRed: PALETTE.deepRed,
  cream: PALETTE.cream,
  tint: PALETTE.blush,
  small: PALETTE.grey,
  smallDark: PALETTE.greyDark,
  dots: PALETTE.greyDots,
  /** QR codes: black modules on white. */
  qrDark: PALETTE.black,
  qrLight: PALETTE.white,
  /** Pictures drawn for the web (survey charts): white ground. */
  pictureGround: PALETTE.white,
  /** Share cards are screen pictures: the site's red. */
  shareBackground: PALETTE.screenRed,
  shareFooter: PALETTE.deepRed,
} as const

/** 屏幕模式 (the big-screen deck, a bare page without base.css): its roles, as custom properties. */
export const SCREEN_TOKENS: Record<string, string> = {
  '--screen-font': FONTS.web,
  '--screen-ground': PALETTE.deepRed,
  '--screen-text': PALETTE.white,
  '--screen-bar': PALETTE.darkestRed,
  '--screen-kicker': PALETTE.gold,
}
