/**
 * What a resident has typed, kept on this phone (localStorage) until the form's receipt
 * arrives: a closed tab, a dead battery or a lost connection loses nothing. Consent and
 * the honeypot are never kept (consent is given each time). Storage refused (private
 * mode) keeps nothing and breaks nothing.
 */
import type { MessageDraft } from './types.ts'

const key = (form: string) => `xhl-draft-${form}`

export function loadDraft(form: string, empty: MessageDraft): MessageDraft | null {
  try {
    const kept = JSON.parse(localStorage.getItem(key(form)) ?? 'null') as Partial<MessageDraft> | null
    if (!kept || typeof kept !== 'object') return null
    const text = (value: unknown) => (typeof value === 'string' ? value : '')
    return {
      ...empty,
      kind: text(kept.kind),
      subject: text(kept.subject),
      body: text(kept.body),
      keepPrivate: kept.keepPrivate === true,
      contactName: text(kept.contactName),
      contactPhone: text(kept.contactPhone),
    }
  } catch {
    return null
  }
}

export function saveDraft(form: string, draft: MessageDraft): void {
  const { consent: _consent, honeypot: _honeypot, ...kept } = draft
  try {
    if (Object.values(kept).some((value) => value !== '' && value !== false)) localStorage.setItem(key(form), JSON.stringify(kept))
    else localStorage.removeItem(key(form))
  } catch {}
}

export function forgetDraft(form: string): void {
  try {
    localStorage.removeItem(key(form))
  } catch {}
}
