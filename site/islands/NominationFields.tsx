/** The fields of the 好人推荐 form, controlled by NominationForm's draft (the photos are NominationForm's own). */
import type { ReactNode } from 'react'

import { bindFields, SenderFields } from './FormParts.tsx'
import type { SendError } from './send.ts'
import type { NominationDraft as Draft, NominationFormProps } from './types.ts'

interface Props {
  props: NominationFormProps
  draft: Draft
  setDraft: (change: (old: Draft) => Draft) => void
  errors: SendError[]
  /** The photo picker, between the story and the sender's contact. */
  photos: ReactNode
}

type Bound = ReturnType<ReturnType<typeof bindFields<Draft>>['text']>

/** An optional choice from a vocabulary: '' is 不确定, and is not sent. */
function Choice({
  label,
  options,
  bound,
  name,
}: {
  label: string
  options: { value: string; label: string }[]
  bound: Bound
  name: string
}) {
  return (
    <label className="field" htmlFor={bound.id}>
      <span className="field-label">{label}（可不选）</span>
      <select {...bound} name={name}>
        <option value="">不确定</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  )
}

export function NominationFields({ props, draft, setDraft, errors, photos }: Props) {
  const bound = bindFields(props.idBase, draft, setDraft, errors)
  const { id, text } = bound
  const { limits } = props
  return (
    <>
      <label className="field" htmlFor={id('nominee')}>
        <span className="field-label">被推荐人姓名（必填）</span>
        <input {...text('nominee')} name="nominee" maxLength={limits.nominee} autoComplete="off" required />
      </label>
      <Choice label="推荐类别" options={props.honourKinds} bound={text('honourKind')} name="honourKind" />
      <Choice label="事迹类别" options={props.goodDeeds} bound={text('goodDeed')} name="goodDeed" />
      <label className="field" htmlFor={id('story')}>
        <span className="field-label">
          事迹（必填，{limits.storyMin} 到 {limits.story} 字）
        </span>
        <textarea {...text('story')} name="story" rows={8} maxLength={limits.story} required />
      </label>
      {photos}
      <SenderFields
        bound={bound}
        limits={limits}
        honeypotField={props.honeypotField}
        note="方便工作人员核实事迹时联系您，可以留下称呼和电话：只有指定工作人员能看到，按期删除，不会告诉被推荐人。"
      />
    </>
  )
}
