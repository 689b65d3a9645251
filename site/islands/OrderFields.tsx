/** The fields of the 点单 form: for whom (a group or a 户码), how many, when, where, and the sender's part. */
import { bindFields, SenderFields } from './FormParts.tsx'
import type { OrderDraft as Draft, OrderFormProps } from './orderTypes.ts'
import type { SendError } from './send.ts'

interface Props {
  props: OrderFormProps
  draft: Draft
  setDraft: (change: (old: Draft) => Draft) => void
  errors: SendError[]
}

export function OrderFields({ props, draft, setDraft, errors }: Props) {
  const bound = bindFields(props.idBase, draft, setDraft, errors)
  const { id, text } = bound
  return (
    <>
      <label className="field" htmlFor={id('group')}>
        <span className="field-label">服务对象（例如：金刚里社区老年人；或填下面的户码）</span>
        <input {...text('group')} name="group" maxLength={props.limits.group} />
      </label>
      <label className="field" htmlFor={id('household')}>
        <span className="field-label">户码（社区工作者给的 6 位码，可不填）</span>
        <input {...text('household')} name="household" maxLength={props.limits.household} autoComplete="off" />
      </label>
      <label className="field" htmlFor={id('people')}>
        <span className="field-label">人数（最多 {props.item.capacity} 人）</span>
        <input {...text('people')} name="people" inputMode="numeric" maxLength={4} />
      </label>
      <label className="field" htmlFor={id('date')}>
        <span className="field-label">希望服务的日期（至少提前 {props.item.leadDays} 天）</span>
        <input {...text('date')} name="date" type="date" />
      </label>
      <label className="field" htmlFor={id('time')}>
        <span className="field-label">开始时间</span>
        <input {...text('time')} name="time" type="time" step={1800} />
      </label>
      <label className="field" htmlFor={id('venue')}>
        <span className="field-label">服务地点（例如：金刚里社区活动室）</span>
        <input {...text('venue')} name="venue" maxLength={props.limits.venue} />
      </label>
      <label className="field" htmlFor={id('note')}>
        <span className="field-label">补充说明（可不填）</span>
        <textarea {...text('note')} name="note" rows={3} maxLength={props.limits.note} />
      </label>
      <SenderFields
        bound={bound}
        limits={props.limits}
        honeypotField={props.honeypotField}
        note="留下电话，阵地工作人员可以和您约定细节；只有阵地指定的工作人员能看到，服务结束后按期删除。"
      />
    </>
  )
}
