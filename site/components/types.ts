/** The shapes the page parts (cards, crumbs, pagers, filters) are given. */
import type { SiteImage } from '../model/types.ts'

/** What a list or an area page shows of one item. */
export interface Card {
  href: string
  title: string
  kicker: string
  summary: string
  image: SiteImage | null
  /** ISO time shown as the publish time, for dated items. */
  date: string | null
}

export interface FilterGroup {
  label: string
  options: { href: string; label: string; current: boolean }[]
}

export interface Crumb {
  href: string | null
  label: string
}

/** Links between list pages; null where there is none. */
export interface Pager {
  newer: string | null
  older: string | null
  /** For archive pages: the dates the page covers. */
  label: string | null
}
