/**
 * What a resident has typed, kept on this phone (localStorage) until the form's receipt
 * arrives: a closed tab, a dead battery or a lost connection loses nothing. Consent and
 * the honeypot are never kept (consent is given each time). Storage refused (private
 * mode) keeps nothing and breaks nothing.
 *
 * A draft is a flat record of text and ticks; what comes back from storage is read field
 * by field against the form's empty draft, so a field the form no longer has, or a value
 * of the wrong type, is dropped.
 */

/** The fields of a form's draft: text and ticks only (photos are not kept). */
export type DraftValues = Record<string, string | boolean>

const key = (form: string) => `xhl-draft-${form}`
const NEVER_KEPT = new Set(['consent', 'honeypot'])

export function loadDraft<D extends DraftValues>(form: string, empty: D): D | null {
  try {
    const kept = JSON.parse(localStorage.getItem(key(form)) ?? 'null') as Record<string, unknown> | null
    if (!kept || typeof kept !== 'object') return null
    const draft: DraftValues = { ...empty }
    for (const [name, value] of Object.entries(empty)) {
      if (!NEVER_KEPT.has(name) && typeof kept[name] === typeof value) draft[name] = kept[name] as string | boolean
    }
    return draft as D
  } catch {
    return null
  }
}

export function saveDraft(form: string, draft: DraftValues): void {
  const kept = Object.fromEntries(Object.entries(draft).filter(([name]) => !NEVER_KEPT.has(name)))
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
