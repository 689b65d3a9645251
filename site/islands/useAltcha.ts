/**
 * The altcha widget inside a React island. The widget is a custom element that draws into
 * its own light DOM, so React never renders it: the island renders an empty holder, and
 * this hook creates the element in the browser after hydration (nothing of it is in the
 * server's HTML, so hydration has nothing to compare). The element is defined by
 * `altcha/external`, which client.tsx imports together with the zh-cn strings and the
 * PBKDF2 worker served from the site's own origin.
 *
 * `auto="onfocus"`: the proof of work starts when the resident first focuses a field of
 * the form and is usually done before they finish typing; they never see a puzzle.
 */
import type { AltchaWidgetElement } from 'altcha/types/generic'
import { type RefObject, useCallback, useEffect, useRef, useState } from 'react'

export type AltchaState = 'unverified' | 'verifying' | 'verified' | 'error' | 'expired' | 'code'

/**
 * No footer (its link is the only address outside the site) and no logo. No "human
 * interaction signature": it records pointer and key events for a server that asks for
 * them, and ours never does.
 */
const CONFIGURATION = JSON.stringify({ hideFooter: true, hideLogo: true, humanInteractionSignature: false })

function createWidget(challengeUrl: string): AltchaWidgetElement {
  const widget = document.createElement('altcha-widget')
  widget.setAttribute('challenge', challengeUrl)
  widget.setAttribute('auto', 'onfocus')
  widget.setAttribute('language', 'zh-cn')
  widget.setAttribute('name', 'altcha')
  widget.setAttribute('configuration', CONFIGURATION)
  return widget
}

export interface Altcha {
  holder: RefObject<HTMLDivElement | null>
  state: AltchaState
  /** The solved payload: the one at hand, or the one the widget is working on, or a new one. Null when solving failed. */
  solved(): Promise<string | null>
  /** A payload is good for one submission: start again for the next. */
  reset(): void
}

export function useAltcha(challengeUrl: string): Altcha {
  const holder = useRef<HTMLDivElement | null>(null)
  const widget = useRef<AltchaWidgetElement | null>(null)
  const payload = useRef<string | null>(null)
  const [state, setState] = useState<AltchaState>('unverified')

  useEffect(() => {
    const element = createWidget(challengeUrl)
    const onState = (event: Event) => {
      const detail = (event as CustomEvent<{ state: AltchaState; payload: string | null }>).detail
      payload.current = detail.state === 'verified' ? detail.payload : null
      setState(detail.state)
    }
    element.addEventListener('statechange', onState)
    holder.current?.append(element)
    widget.current = element
    return () => {
      element.removeEventListener('statechange', onState)
      element.remove()
      widget.current = null
    }
  }, [challengeUrl])

  const solved = useCallback(async (): Promise<string | null> => {
    const element = widget.current
    if (payload.current || !element) return payload.current
    if (element.getState() !== 'verifying') return (await element.verify())?.payload ?? null
    return new Promise((resolve) => {
      const done = (event: Event) => {
        const detail = (event as CustomEvent<{ state: AltchaState; payload: string | null }>).detail
        if (detail.state === 'verifying') return
        element.removeEventListener('statechange', done)
        resolve(detail.state === 'verified' ? detail.payload : null)
      }
      element.addEventListener('statechange', done)
    })
  }, [])

  const reset = useCallback(() => {
    payload.current = null
    widget.current?.reset()
    setState('unverified')
  }, [])

  return { holder, state, solved, reset }
}
