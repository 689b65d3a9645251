import { BlossomMark } from './mark'

/** The login page's logo in place of Payload's: the mark and the platform's name. */
export function Logo() {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: '0.75rem' }}>
      <BlossomMark size={56} />
      <div>
        <div style={{ fontSize: '1.6rem', fontWeight: 600, letterSpacing: '0.06em' }}>杏花岭宣传微平台</div>
        <div style={{ fontSize: '0.95rem', opacity: 0.7 }}>杏花岭区委宣传部 · 内容管理与审核</div>
      </div>
    </div>
  )
}
