/** 留言答复: the published answers, paginated like the other lists (archive pages stay put). */
import { paths } from '../settings.ts'
import { type Plan, page } from './keys.ts'
import { paginate } from './paginate.ts'

export function planReplies(plan: Plan): void {
  const title = '留言答复'
  const crumbs = [plan.home, { href: null, label: title }]
  for (const listPage of paginate(plan.content.replies, paths.replies)) {
    plan.add(
      page(listPage.path, 'RepliesPage', {
        path: listPage.path,
        site: plan.site,
        title: listPage.pager.label ? `${title}（${listPage.pager.label}）` : title,
        crumbs,
        replies: listPage.items,
        pager: listPage.pager,
      }),
    )
  }
}
