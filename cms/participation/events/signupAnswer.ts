/** What a sign-up answers its sender (online or through staff): the 报名码, the state and the place in the queue. */
import type { Payload } from 'payload'

import type { SignupAnswer } from '../../../contract/events'
import type { EventSignup } from '../../../contract/payload-types'
import { relationId } from '../../../contract/relations'
import { waitlistPosition } from './transitions'

export async function signupAnswer(payload: Payload, doc: EventSignup, receipt: string): Promise<SignupAnswer> {
  const position = doc.state === 'waitlisted' ? await waitlistPosition(payload, doc.id, relationId(doc.event) ?? 0) : null
  return { receipt, reference: doc.reference ?? '', receivedAt: doc.receivedAt ?? '', state: doc.state, position }
}
