'use client'
/** Our own pages in the navigation: 印刷台 for everyone; 登录锁定, 拦截的邮件, 未使用的图片 for administrators. */
import { useAuth } from '@payloadcms/ui'
import Link from 'next/link'

const LINKS = [
  { href: '/admin/locked-accounts', id: 'nav-locked-accounts', label: '登录锁定' },
  { href: '/admin/caught-mail', id: 'nav-caught-mail', label: '拦截的邮件' },
  { href: '/admin/orphan-media', id: 'nav-orphan-media', label: '未使用的图片' },
]

export function AdminLinks() {
  const { user } = useAuth<{ role?: string }>()
  if (!user) return null
  return (
    <>
      <Link href="/admin/print-desk" className="nav__link" id="nav-print-desk">
        <span className="nav__link-label">印刷台</span>
      </Link>
      {(user.role === 'admin' ? LINKS : []).map((link) => (
        <Link key={link.id} href={link.href} className="nav__link" id={link.id}>
          <span className="nav__link-label">{link.label}</span>
        </Link>
      ))}
    </>
  )
}
