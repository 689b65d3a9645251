/** 系统 › 登录锁定: who cannot sign in now and until when, with an unlock button for each (administrators only). */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { shortDateTime } from '../../contract/time'
import { currentLocks } from '../auth/lockedAccounts'
import { UnlockButton } from './UnlockButton'

export async function LockedAccountsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, visibleEntities, permissions, locale } = initPageResult
  const template = {
    i18n: req.i18n,
    locale,
    params,
    payload: req.payload,
    permissions,
    searchParams,
    user: req.user ?? undefined,
    visibleEntities,
  }
  if (req.user?.role !== 'admin') {
    return (
      <DefaultTemplate {...template}>
        <Gutter>
          <h1>登录锁定</h1>
          <p>只有管理员可以查看。</p>
        </Gutter>
      </DefaultTemplate>
    )
  }
  const locks = await currentLocks(req.payload)
  return (
    <DefaultTemplate {...template}>
      <Gutter>
        <h1>登录锁定</h1>
        <p>多次输错密码的账号和地址会被暂时锁定，到时自动解除；确认是本人后可以提前解锁。</p>
        {locks.length === 0 ? (
          <p className="locked-none">目前没有被锁定的账号或地址。</p>
        ) : (
          <table className="locked-table">
            <thead>
              <tr>
                <th>账号或地址</th>
                <th>原因</th>
                <th>锁定到</th>
                <th>操作</th>
              </tr>
            </thead>
            <tbody>
              {locks.map((lock) => (
                <tr key={`${lock.kind}-${lock.who}-${lock.why}`}>
                  <td>{lock.who}</td>
                  <td>{lock.why}</td>
                  <td>{shortDateTime(lock.until)}</td>
                  <td>
                    <UnlockButton kind={lock.kind} who={lock.who.split(' ← ')[0] as string} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
