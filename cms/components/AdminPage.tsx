/** A page of the admin's own (登录锁定, 拦截的邮件, 印刷台) in the admin's frame, for administrators only unless `who` says everyone signed in. */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import type { ReactNode } from 'react'

export function AdminPage({
  props: { initPageResult, params, searchParams },
  title,
  who = 'admins',
  children,
}: {
  props: AdminViewServerProps
  title: string
  who?: 'admins' | 'everyone'
  children: ReactNode
}) {
  const { req, visibleEntities, permissions, locale } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>{title}</h1>
        {req.user?.role === 'admin' || (who === 'everyone' && req.user) ? children : <p>只有管理员可以查看。</p>}
      </Gutter>
    </DefaultTemplate>
  )
}
