'use client'
/** Our own pages in the navigation (cms/admin/pages.ts): 印刷台 for everyone; 登录锁定, 拦截的邮件, 未使用的图片 for administrators. */
import { useAuth } from '@payloadcms/ui'
import Link from 'next/link'

import { ADMIN_PAGES } from '../admin/pages'

export function AdminLinks() {
  const { user } = useAuth<{ role?: string }>()
  if (!user) return null
  return (
    <>
      {ADMIN_PAGES.filter((page) => page.menu === 'everyone' || user.role === 'admin').map((page) => (
        <Link key={page.key} href={`/admin${page.path}`} className="nav__link" id={`nav-${page.path.slice(1)}`}>
          <span className="nav__link-label">{page.title}</span>
        </Link>
      ))}
    </>
  )
}
