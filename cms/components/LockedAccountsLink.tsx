'use client'
/** A link to 登录锁定 in the navigation, for administrators. */
import { useAuth } from '@payloadcms/ui'
import Link from 'next/link'

export function LockedAccountsLink() {
  const { user } = useAuth<{ role?: string }>()
  if (user?.role !== 'admin') return null
  return (
    <Link href="/admin/locked-accounts" className="nav__link" id="nav-locked-accounts">
      <span className="nav__link-label">登录锁定</span>
    </Link>
  )
}
