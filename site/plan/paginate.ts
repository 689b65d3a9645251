import type { Pager } from '../components/types.ts'

export const PAGE_SIZE = 20

/**
 * List pages that stay put as the archive grows: archive page k always holds the k-th
 * group of PAGE_SIZE items counted from the oldest, so publishing something new changes
 * the front page (the newest one or two groups) and not the archive pages behind it.
 */
export function paginate<T extends { publishedAt: string }>(newestFirst: T[], base: string): { path: string; items: T[]; pager: Pager }[] {
  const oldestFirst = [...newestFirst].reverse()
  const groups = Math.max(1, Math.ceil(oldestFirst.length / PAGE_SIZE))
  const archive = (k: number) => `${base}archive/${k}/`
  // The front page shows the newest group and the full group before it.
  const frontFrom = Math.max(0, (groups - 2) * PAGE_SIZE)
  const pages: { path: string; items: T[]; pager: Pager }[] = [
    {
      path: base,
      items: oldestFirst.slice(frontFrom).reverse(),
      pager: { newer: null, older: groups > 2 ? archive(groups - 2) : null, label: null },
    },
  ]
  for (let k = groups - 2; k >= 1; k--) {
    const items = oldestFirst.slice((k - 1) * PAGE_SIZE, k * PAGE_SIZE).reverse()
    const dates = `${items.at(-1)?.publishedAt.slice(0, 10)} 至 ${items[0]?.publishedAt.slice(0, 10)}`
    pages.push({
      path: archive(k),
      items,
      pager: { newer: k + 1 <= groups - 2 ? archive(k + 1) : base, older: k > 1 ? archive(k - 1) : null, label: dates },
    })
  }
  return pages
}

/** The years items were published in, newest first. */
export const years = (items: { publishedAt: string }[]) => [...new Set(items.map((item) => item.publishedAt.slice(0, 4)))].sort().reverse()
