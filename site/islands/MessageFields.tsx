/** The fields of the 留言 form, controlled by MessageForm's draft. */
import { bindFields, SenderFields } from './FormParts.tsx'
import type { SendError } from './send.ts'
import type { MessageDraft as Draft, MessageFormProps } from './types.ts'

interface Props {
  props: MessageFormProps
  draft: Draft
  setDraft: (change: (old: Draft) => Draft) => void
  errors: SendError[]
}

export function MessageFields({ props, draft, setDraft, errors }: Props) {
  const bound = bindFields(props.idBase, draft, setDraft, errors)
  const { id, invalid, text, tick } = bound
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
      <SenderFields
        bound={bound}
        limits={props.limits}
        honeypotField={props.honeypotField}
        note="需要回电时请留下称呼和电话，只有指定工作人员能看到，办结后按期删除。"
      />
    </>
  )
}
