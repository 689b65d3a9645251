/** 系统 › 登录锁定: who cannot sign in now and until when, with an unlock button for each (administrators only). */
import type { AdminViewServerProps, Payload } from 'payload'
import { shortDateTime } from '../../contract/time'
import { currentLocks } from '../auth/lockedAccounts'
import { AdminPage } from './AdminPage'
import { UnlockButton } from './UnlockButton'

export async function LockedAccountsView(props: AdminViewServerProps) {
  return (
    <AdminPage props={props} title="登录锁定">
      <LockTable payload={props.initPageResult.req.payload} />
    </AdminPage>
  )
}

async function LockTable({ payload }: { payload: Payload }) {
  const locks = await currentLocks(payload)
  return (
    <>
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
    </>
  )
}
