/**
 * Errors Payload hides from the public (its message becomes "An unknown error occurred.")
 * reach a person in Chinese: a reset link that no longer works says so and what to do;
 * anything else says that nothing was done and to try again.
 */
import type { AfterErrorHook } from 'payload'

const HIDDEN = 'An unknown error occurred.'
export const RESET_LINK_INVALID = '这个重设密码的链接已经用过或已过期。请回到登录页，点“忘记密码”重新申请。'
export const UNKNOWN_ERROR = '操作没有完成，内容没有改变。请稍后再试；如果一直这样，请联系管理员。'

export const explainHiddenErrors: AfterErrorHook = ({ req, result }) => {
  if (!result?.errors?.some((error) => error.message === HIDDEN)) return
  const message = /\/reset-password$/.test(new URL(req.url ?? 'http://x/').pathname) ? RESET_LINK_INVALID : UNKNOWN_ERROR
  return { response: { ...result, errors: result.errors.map((error) => (error.message === HIDDEN ? { ...error, message } : error)) } }
}
