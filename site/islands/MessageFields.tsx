/**
 * The fields of the 留言 form, controlled by MessageForm's draft. Ids come from `idBase`
 * (not useId: Astro's React renderer gives each render its own identifierPrefix, which the
 * browser would have to repeat).
 */
import type { Dispatch, SetStateAction } from 'react'

import type { SendError } from './send.ts'
import type { MessageDraft as Draft, MessageFormProps } from './types.ts'

interface Props {
  props: MessageFormProps
  draft: Draft
  setDraft: Dispatch<SetStateAction<Draft>>
  errors: SendError[]
}

export function MessageFields({ props, draft, setDraft, errors }: Props) {
  const id = (name: string) => `${props.idBase}-${name}`
  const invalid = (field: string) => (errors.some((error) => error.field === field) ? true : undefined)
  const text = (name: 'subject' | 'body' | 'contactName' | 'contactPhone' | 'honeypot') => ({
    id: id(name),
    value: draft[name],
    onChange: (event: { target: { value: string } }) => setDraft((old) => ({ ...old, [name]: event.target.value })),
    'aria-invalid': invalid(name),
  })
  const tick = (name: 'keepPrivate' | 'consent') => ({
    id: id(name),
    type: 'checkbox',
    checked: draft[name],
    onChange: (event: { target: { checked: boolean } }) => setDraft((old) => ({ ...old, [name]: event.target.checked })),
    'aria-invalid': invalid(name),
  })
  return (
    <>
      <div className="field" role="radiogroup" aria-labelledby={id('kind-label')} aria-invalid={invalid('kind')}>
        <span id={id('kind-label')} className="field-label">
          类别（必选）
        </span>
        {props.kinds.map((kind) => (
          <label key={kind.value} className="choice">
            <input
              type="radio"
              name="kind"
              value={kind.value}
              checked={draft.kind === kind.value}
              onChange={() => setDraft((old) => ({ ...old, kind: kind.value }))}
            />
            {kind.label}
          </label>
        ))}
      </div>
      <label className="field" htmlFor={id('subject')}>
        <span className="field-label">标题（可不填）</span>
        <input {...text('subject')} name="subject" maxLength={props.limits.subject} />
      </label>
      <label className="field" htmlFor={id('body')}>
        <span className="field-label">内容（必填，{props.limits.body} 字以内）</span>
        <textarea {...text('body')} name="body" rows={6} maxLength={props.limits.body} required />
      </label>
      <label className="choice">
        <input {...tick('keepPrivate')} name="keepPrivate" />
        不公开（工作人员答复后也不在网站上展示）
      </label>
      <p className="field-note">需要回电时请留下称呼和电话，只有指定工作人员能看到，办结后按期删除。</p>
      <label className="field" htmlFor={id('contactName')}>
        <span className="field-label">称呼（可不填）</span>
        <input {...text('contactName')} name="contactName" maxLength={props.limits.contactName} autoComplete="off" />
      </label>
      <label className="field" htmlFor={id('contactPhone')}>
        <span className="field-label">联系电话（可不填）</span>
        <input {...text('contactPhone')} name="contactPhone" type="tel" inputMode="tel" maxLength={props.limits.contactPhone} />
      </label>
      <div className="form-trap" aria-hidden="true">
        <label htmlFor={id('honeypot')}>网址（请留空）</label>
        <input {...text('honeypot')} name={props.honeypotField} tabIndex={-1} autoComplete="off" />
      </div>
      <label className="choice consent">
        <input {...tick('consent')} name="consent" required />
        我已阅读并同意上方的《个人信息告知》
      </label>
    </>
  )
}
