/**
 * 系统 › 拦截的邮件: what the platform would have mailed, when no mail server is set and
 * `npm start` catches mail on this machine (administrators only). Reset links work from here.
 */
import type { AdminViewServerProps } from 'payload'

import { shortDateTime } from '../../contract/time'
import { caughtMail, mailIsCaught } from '../mail/caught'
import { AdminPage } from './AdminPage'

const LINK = /(https?:\/\/[^\s<>"']+)/g

function WithLinks({ text }: { text: string }) {
  return (
    <>
      {text.split(LINK).map((part, index) =>
        index % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never move
          <a key={index} href={part}>
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  )
}

async function MailList() {
  const mails = await caughtMail()
  return (
    <>
      <p className="caught-mail__banner" role="status">
        {mailIsCaught()
          ? '邮件没有真正发出：没有设置邮件服务器（SMTP_URL），平台发出的邮件都拦截在本机，只在这里显示。正式使用前请设置 SMTP_URL。'
          : '已设置邮件服务器，新邮件会真正发出；下面是之前在本机拦截的邮件。'}
      </p>
      {mails.length === 0 ? (
        <p>还没有拦截到邮件。</p>
      ) : (
        <ol className="caught-mail__list">
          {mails.map((mail) => (
            <li key={mail.file} className="caught-mail__item">
              <h2 data-content>{mail.subject || '（无主题）'}</h2>
              <p className="caught-mail__meta">
                {mail.date ? shortDateTime(mail.date) : ''} · 收件人：{mail.to.join('、')} · 发件人：{mail.from}
              </p>
              <div className="caught-mail__text" data-content>
                <WithLinks text={mail.text} />
              </div>
            </li>
          ))}
        </ol>
      )}
    </>
  )
}

export function CaughtMailView(props: AdminViewServerProps) {
  return (
    <AdminPage props={props} title="拦截的邮件">
      <MailList />
    </AdminPage>
  )
}
