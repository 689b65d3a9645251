/**
 * 登录锁定, the administrators' view of who cannot sign in now: the accounts and network
 * addresses the throttles hold back. Unlocking an account is
 * Payload's own /api/users/unlock (administrators only, clears the throttles too, see
 * hooks.ts); an address is released here.
 */
import { addDataAndFileToRequest, type Endpoint, type Payload } from 'payload'

import { hasRole } from '../access/roles'
import { recordEntry } from '../audit/record'
import { blockedKeys, forgetAddress, type LimitName } from './limits'

export interface Lock {
  kind: 'account' | 'address'
  /** The account's e-mail address, or the network address. */
  who: string
  until: Date
  why: string
}

const WHY: Record<LimitName, string> = {
  signInPerAddress: '该地址登录失败次数过多',
  signInPerAccountAndAddress: '该账号从同一地址连续输错密码',
  signInPerAccount: '该账号登录失败次数过多',
  resetPerAddress: '该地址申请找回密码过于频繁',
  resetPerAccount: '该账号申请找回密码过于频繁',
}

export async function currentLocks(payload: Payload): Promise<Lock[]> {
  return (await blockedKeys(payload)).map(({ name, key, until }) => {
    const address = name === 'signInPerAddress' || name === 'resetPerAddress'
    return {
      kind: address ? 'address' : 'account',
      who: name === 'signInPerAccountAndAddress' ? key.replace('|', ' ← ') : key,
      until,
      why: WHY[name],
    }
  })
}

/** POST /api/users/unblock-address { address }: administrators lift an address's block. */
export const unblockAddressEndpoint: Endpoint = {
  path: '/unblock-address',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) return Response.json({ errors: [{ message: '只有管理员可以解除锁定。' }] }, { status: 403 })
    await addDataAndFileToRequest(req)
    const address = typeof req.data?.address === 'string' ? req.data.address.trim() : ''
    if (!address) return Response.json({ errors: [{ message: '请指明要解除锁定的地址。' }] }, { status: 400 })
    await forgetAddress(req.payload, address)
    await recordEntry(req, { action: 'unlock', summary: `解除地址 ${address} 的登录限制`, documentTitle: address })
    return Response.json({ message: `已解除地址 ${address} 的登录限制。` })
  },
}
