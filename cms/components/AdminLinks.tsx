'use client'
/** The administrators' own pages in the navigation: 登录锁定, 拦截的邮件, 未使用的图片. */
import { useAuth } from '@payloadcms/ui'
import Link from 'next/link'

const LINKS = [
  { href: '/admin/locked-accounts', id: 'nav-locked-accounts', label: '登录锁定' },
  { href: '/admin/caught-mail', id: 'nav-caught-mail', label: '拦截的邮件' },
  { href: '/admin/orphan-media', id: 'nav-orphan-media', label: '未使用的图片' },
]

export function AdminLinks() {
  const { user } = useAuth<{ role?: string }>()
  if (user?.role !== 'admin') return null
  return (
    <>
      {LINKS.map((link) => (
        <Link key={link.id} href={link.href} className="nav__link" id={link.id}>
          <span className="nav__link-label">{link.label}</span>
        </Link>
      ))}
    </>
  )
}
