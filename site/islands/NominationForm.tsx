/**
 * 好人推荐: the form island, built like the 留言 form (MessageForm.tsx, useSubmission.ts):
 * static HTML in a disabled fieldset until hydrated, the draft kept on the phone, the
 * proof of work solved while the resident types. It sends multipart/form-data: the fields
 * as JSON in `data`, and up to three photos, each made small on the phone first
 * (PhotoPicker.tsx, photos.ts).
 */
import type { FormEvent } from 'react'

import { GatedForm } from './FormParts.tsx'
import { NominationFields } from './NominationFields.tsx'
import { type PhotoEntry, PhotoPicker, usePhotos } from './PhotoPicker.tsx'
import { ReceiptView } from './ReceiptView.tsx'
import { type SendError, sendMultipart } from './send.ts'
import type { NominationDraft as Draft, NominationFormProps } from './types.ts'
import { CONSENT_PROBLEM, optional, senderBody, useSubmission } from './useSubmission.ts'

const EMPTY: Draft = {
  nominee: '',
  honourKind: '',
  goodDeed: '',
  story: '',
  contactName: '',
  contactPhone: '',
  consent: false,
  honeypot: '',
}

/** What the browser can tell before sending (the server checks everything again). */
function problemsOf(draft: Draft, photos: PhotoEntry[], props: NominationFormProps): SendError[] {
  const problems: SendError[] = []
  if (!draft.nominee.trim()) problems.push({ field: 'nominee', message: '请填写被推荐人的姓名' })
  if (draft.story.trim().length < props.limits.storyMin) {
    problems.push({ field: 'story', message: `请写下被推荐人的事迹（至少 ${props.limits.storyMin} 个字）` })
  }
  if (photos.some((entry) => entry.state === 'working')) problems.push({ field: 'photo', message: '照片还在缩小，请稍候几秒再提交。' })
  if (!draft.consent) problems.push(CONSENT_PROBLEM)
  return problems
}

function bodyOf(draft: Draft, props: NominationFormProps, altcha: string): Record<string, unknown> {
  return {
    nominee: draft.nominee,
    honourKind: optional(draft.honourKind),
    goodDeed: optional(draft.goodDeed),
    story: draft.story,
    ...senderBody(draft, props, altcha),
  }
}

/** The photos ready to go, named neutrally (a file's own name may say more than the photo). */
const filesOf = (photos: PhotoEntry[]) =>
  photos
    .flatMap((entry) => (entry.state === 'ready' ? [entry.photo.blob] : []))
    .map((blob, index) => ({ blob, name: `photo-${index + 1}.jpg` }))

export function NominationForm(props: NominationFormProps) {
  const form = useSubmission('nominations', EMPTY, props)
  const photos = usePhotos(props.limits.photos, props.limits.photoBytes)
  const { draft, receipt, errors } = form
  if (receipt) {
    return <ReceiptView receipt={receipt} idBase={props.idBase} receiptPage={props.receiptPage} noun="推荐" follow="审核进度" />
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const files = filesOf(photos.entries)
    void form.submit(problemsOf(draft, photos.entries, props), (altcha, headers) =>
      sendMultipart(props.submitUrl, bodyOf(draft, props, altcha), files, 'photo', headers),
    )
  }
  const photoInvalid = errors.some((error) => error.field === 'photo') ? true : undefined

  return (
    <GatedForm
      idBase={props.idBase}
      form={form}
      className="nomination-form"
      legend="推荐内容"
      button="提交推荐"
      heading="推荐还没有提交："
      onSubmit={submit}
    >
      <NominationFields
        props={props}
        draft={draft}
        setDraft={form.setDraft}
        errors={errors}
        photos={<PhotoPicker idBase={props.idBase} photos={photos} limit={props.limits.photos} invalid={photoInvalid} />}
      />
    </GatedForm>
  )
}
