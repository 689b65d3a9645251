/** The 找回密码 mail, in Chinese, with the link to set a new password (valid one hour). */
import { config } from '../../contract/config'
import { escapeHtml } from '../../contract/html'

export const resetSubject = () => '杏花岭宣传微平台：重设密码'

export function resetHtml({ token, user }: { token?: string; user?: { name?: string | null } } = {}): string {
  const link = `${config().cmsUrl}/admin/reset/${encodeURIComponent(token ?? '')}`
  const name = escapeHtml(user?.name ?? '')
  return `<p>${name ? `${name}，` : ''}您好：</p>
<p>有人（可能是您自己）请求重设您在杏花岭宣传微平台的登录密码。如果是您本人，请在一小时内打开下面的链接设置新密码：</p>
<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>
<p>如果不是您本人操作，请忽略这封邮件，您的密码不会改变。</p>
<p>——杏花岭宣传微平台</p>`
}
