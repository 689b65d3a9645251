/**
 * The admin's own pages (beyond Payload's lists and documents): where each lives, its
 * component, its title, and who finds it in the menu. One list for the config's views and
 * the menu's links (components/AdminLinks.tsx), so the two cannot drift apart.
 */
export interface AdminPage {
  key: string
  path: string
  component: string
  title: string
  /** In the menu of everyone signed in, or of administrators only. */
  menu: 'everyone' | 'admins'
}

export const ADMIN_PAGES: readonly AdminPage[] = [
  {
    key: 'printDesk',
    path: '/print-desk',
    component: '/components/printDesk/PrintDeskView#PrintDeskView',
    title: '印刷台',
    menu: 'everyone',
  },
  {
    key: 'lockedAccounts',
    path: '/locked-accounts',
    component: '/components/LockedAccountsView#LockedAccountsView',
    title: '登录锁定',
    menu: 'admins',
  },
  { key: 'caughtMail', path: '/caught-mail', component: '/components/CaughtMailView#CaughtMailView', title: '拦截的邮件', menu: 'admins' },
  {
    key: 'orphanMedia',
    path: '/orphan-media',
    component: '/components/OrphanMediaView#OrphanMediaView',
    title: '未使用的图片',
    menu: 'admins',
  },
]

/** `admin.components.views` of the config: the 工作台 and every page above. */
export function adminViews() {
  return {
    dashboard: { Component: '/components/dashboard/Dashboard#Dashboard' },
    ...Object.fromEntries(
      ADMIN_PAGES.map((page) => [page.key, { Component: page.component, path: page.path, meta: { title: page.title } }]),
    ),
  }
}
