/**
 * The island bundle: one content-hashed module (build.ts) that a page with islands loads
 * with `<script type="module" src="/_astro/islands-….js">`, which the site's CSP allows as
 * 'self' (Astro's `client:*` directives would add inline scripts, which it does not).
 *
 * It hydrates every `[data-island]` element of the page with the props in the
 * `<script type="application/json">` right after it, the same props the server rendered
 * it with. altcha comes as `altcha/external`: the default bundle starts its workers from
 * blob: URLs, which the CSP refuses; here the PBKDF2 worker is a file of the site's own.
 */
import 'altcha/external'
import 'altcha/i18n/zh-cn'
import 'altcha/altcha.css'
import './islands.css'
import './survey.css'
import './field.css'

import pbkdf2Worker from 'altcha/workers/pbkdf2?url'
import { type ComponentType, createElement } from 'react'
import { hydrateRoot } from 'react-dom/client'

import { ElectionBallot } from './ElectionBallot.tsx'
import { EventSignup } from './EventSignup.tsx'
import { FieldEntry } from './FieldEntry.tsx'
import { MessageForm } from './MessageForm.tsx'
import { NominationForm } from './NominationForm.tsx'
import { OrderForm } from './OrderForm.tsx'
import { ReceiptLookup } from './ReceiptLookup.tsx'
import { SurveyForm } from './SurveyForm.tsx'
import type { IslandName, IslandProps } from './types.ts'

const ISLANDS: { [N in IslandName]: ComponentType<IslandProps[N]> } = {
  'message-form': MessageForm,
  'nomination-form': NominationForm,
  'receipt-lookup': ReceiptLookup,
  'survey-form': SurveyForm,
  'election-ballot': ElectionBallot,
  'event-signup': EventSignup,
  'field-entry': FieldEntry,
  'order-form': OrderForm,
}

globalThis.$altcha.algorithms.set('PBKDF2/SHA-256', () => new Worker(pbkdf2Worker, { name: 'altcha-pbkdf2' }))

function propsOf(element: Element): unknown {
  const next = element.nextElementSibling
  if (!(next instanceof HTMLScriptElement) || next.type !== 'application/json') return null
  return JSON.parse(next.textContent ?? 'null')
}

for (const element of document.querySelectorAll('[data-island]')) {
  const name = element.getAttribute('data-island') as IslandName
  const Component = ISLANDS[name] as ComponentType<unknown> | undefined
  const props = propsOf(element)
  if (!Component || props === null) {
    console.error(`island ${name}: no component or no props`)
    continue
  }
  hydrateRoot(element, createElement(Component, props), {
    onRecoverableError: (error) => console.error(`island ${name}: hydration`, error),
  })
}
