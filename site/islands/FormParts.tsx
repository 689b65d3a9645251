/**
 * What the residents' forms share on the page: inputs bound to the draft, the sender's
 * contact, honeypot and consent, and the status and errors under the form. Ids come from
 * `idBase` (not useId: Astro's React renderer gives each render its own identifierPrefix,
 * which the browser would have to repeat).
 */
import type { FormEvent, ReactNode } from 'react'

import type { DraftValues } from './draftStore.ts'
import type { SendError } from './send.ts'
import { type SenderDraft, type Submission, statusText } from './useSubmission.ts'

type TextName<D> = { [K in keyof D]: D[K] extends string ? K : never }[keyof D] & string
type TickName<D> = { [K in keyof D]: D[K] extends boolean ? K : never }[keyof D] & string

/** Props that tie inputs to a draft: `text('body')` for an input, textarea or select, `tick('consent')` for a checkbox. */
export function bindFields<D extends DraftValues>(
  idBase: string,
  draft: D,
  setDraft: (change: (old: D) => D) => void,
  errors: SendError[],
) {
  const id = (name: string) => `${idBase}-${name}`
  const invalid = (field: string) => (errors.some((error) => error.field === field) ? true : undefined)
  const text = (name: TextName<D>) => ({
    id: id(name),
    value: draft[name] as string,
    onChange: (event: { target: { value: string } }) => setDraft((old) => ({ ...old, [name]: event.target.value })),
    'aria-invalid': invalid(name),
  })
  const tick = (name: TickName<D>) => ({
    id: id(name),
    type: 'checkbox',
    checked: draft[name] as boolean,
    onChange: (event: { target: { checked: boolean } }) => setDraft((old) => ({ ...old, [name]: event.target.checked })),
    'aria-invalid': invalid(name),
  })
  return { id, invalid, text, tick }
}

interface SenderProps<D extends DraftValues & SenderDraft> {
  bound: ReturnType<typeof bindFields<D>>
  limits: { contactName: number; contactPhone: number }
  honeypotField: string
  /** Why the contact is asked for, and who sees it. */
  note: string
}

export function SenderFields<D extends DraftValues & SenderDraft>({ bound, limits, honeypotField, note }: SenderProps<D>) {
  const { id, text, tick } = bound
  return (
    <>
      <p className="field-note">{note}</p>
      <label className="field" htmlFor={id('contactName')}>
        <span className="field-label">称呼（可不填）</span>
        <input {...text('contactName' as TextName<D>)} name="contactName" maxLength={limits.contactName} autoComplete="off" />
      </label>
      <label className="field" htmlFor={id('contactPhone')}>
        <span className="field-label">联系电话（可不填）</span>
        <input {...text('contactPhone' as TextName<D>)} name="contactPhone" type="tel" inputMode="tel" maxLength={limits.contactPhone} />
      </label>
      <div className="form-trap" aria-hidden="true">
        <label htmlFor={id('honeypot')}>网址（请留空）</label>
        <input {...text('honeypot' as TextName<D>)} name={honeypotField} tabIndex={-1} autoComplete="off" />
      </div>
      <label className="choice consent">
        <input {...tick('consent' as TickName<D>)} name="consent" required />
        我已阅读并同意上方的《个人信息告知》
      </label>
    </>
  )
}

/** The status line (read out politely) and, after a refusal, what to fix. */
export function FormFeedback({
  idBase,
  status,
  errors,
  heading,
}: {
  idBase: string
  status: string
  errors: SendError[]
  heading: string
}) {
  return (
    <>
      <p id={`${idBase}-status`} className="form-status" aria-live="polite">
        {status}
      </p>
      {errors.length > 0 && (
        <div className="form-errors" role="alert">
          <p>{heading}</p>
          <ul>
            {errors.map((error) => (
              <li key={`${error.field ?? ''}${error.message}`}>{error.message}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  )
}

interface GatedFormProps {
  idBase: string
  form: Pick<Submission<unknown>, 'ready' | 'sending' | 'errors' | 'altcha'>
  legend: ReactNode
  /** The send button's words: 提交留言, 提交点单, 报名… */
  button: string
  /** Over the errors after a refusal: 留言还没有提交： */
  heading: string
  onSubmit: (event: FormEvent) => void
  className?: string
  /** Closed for another reason than loading or sending (sign-up not open). */
  closed?: boolean
  children: ReactNode
}

/** A resident's form behind the challenge: disabled until hydrated and while sending, the widget, the button, the feedback. */
export function GatedForm({ idBase, form, legend, button, heading, onSubmit, className = '', closed = false, children }: GatedFormProps) {
  return (
    <form className={`message-form ${className}`.trim()} noValidate onSubmit={onSubmit} aria-describedby={`${idBase}-status`}>
      <fieldset disabled={!form.ready || form.sending || closed}>
        <legend>{legend}</legend>
        {children}
        <div className="altcha-holder" ref={form.altcha.holder} />
        <button type="submit">{button}</button>
      </fieldset>
      <FormFeedback
        idBase={idBase}
        status={statusText(form.ready, form.sending, form.altcha.state)}
        errors={form.errors}
        heading={heading}
      />
    </form>
  )
}
