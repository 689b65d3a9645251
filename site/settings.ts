/**
 * Site-wide facts the pages and printed pieces share. Until the site-settings global
 * exists in the CMS these are constants; the origin comes from the environment.
 */
export const site = {
  name: '杏花岭宣传微平台',
  sponsor: '杏花岭区创城办',
  district: '太原市杏花岭区',
}

/** Absolute origin residents reach the site at; QR codes and share cards point here. */
export function siteOrigin(): string {
  const raw = process.env.SITE_ORIGIN || `http://localhost:${process.env.SITE_PORT || 4321}`
  return raw.replace(/\/+$/, '')
}

export function absoluteUrl(pathname: string): string {
  return new URL(pathname, `${siteOrigin()}/`).toString()
}

export const paths = {
  figures: '/figures/',
  figure: (slug: string) => `/figures/${slug}/`,
  figureLeaflet: (slug: string) => `/print/figures/${slug}.pdf`,
  media: (filename: string) => `/media/${filename}`,
}
