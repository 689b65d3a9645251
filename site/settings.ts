/** The district every page and printed piece speaks for; the rest comes from site settings in the CMS. */
export const DISTRICT = '太原市杏花岭区'

/** Absolute origin residents reach the site at; QR codes and share cards point here. */
export function siteOrigin(): string {
  const raw = process.env.SITE_ORIGIN || `http://localhost:${process.env.SITE_PORT || 4321}`
  return raw.replace(/\/+$/, '')
}

export function absoluteUrl(pathname: string): string {
  return new URL(pathname, `${siteOrigin()}/`).toString()
}

export const paths = {
  articles: '/articles/',
  article: (slug: string) => `/articles/${slug}/`,
  figures: '/figures/',
  figure: (slug: string) => `/figures/${slug}/`,
  figureLeaflet: (slug: string) => `/print/figures/${slug}.pdf`,
  media: (filename: string) => `/media/${filename}`,
}
