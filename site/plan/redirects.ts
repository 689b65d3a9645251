import { type Plan, page } from './keys.ts'

/** Pages at a document's old addresses that send readers to its new one. */
export function planRedirects(plan: Plan, previous: string[], to: (slug: string) => string, slug: string, title: string): void {
  for (const old of previous) plan.add(page(to(old), 'RedirectPage', { to: to(slug), title }))
}
