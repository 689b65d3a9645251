import { APIError } from 'payload'

/**
 * An error a person reads: Payload shows its message (the `true` makes it public) with this
 * status. The name is set because Next's build minifies class names, and the data carries
 * the message for handlers that read it from there.
 */
export const refuse = (message: string, status = 400) =>
  Object.assign(new APIError(message, status, { message }, true), { name: 'APIError' })
