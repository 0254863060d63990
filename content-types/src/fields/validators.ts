import { messagesFor, type ValidateOptions } from '../adminLanguage/messages/index.ts'

/**
 * Field validators shared by several collections. Payload passes the request as the second
 * argument (in the admin and on the server): the message is in the interface language of the
 * person saving, German without one.
 */

export function validateHttpUrl(value: string | null | undefined, options?: ValidateOptions): true | string {
  if (!value) return true
  try {
    const url = new URL(value)
    if (url.protocol === 'https:' || url.protocol === 'http:') return true
  } catch {
    // not parseable as a URL at all: same message as a wrong scheme
  }
  return messagesFor(options).httpUrl
}

// One @, no spaces, a dot in the domain: strict enough to catch typos, loose enough for every
// real address (international domains included); whether it exists only sending can tell.
// Characters that would change the meaning of an address in a mail header are refused.
const emailPattern = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\.]+(\.[^\s@<>(),;:"[\]\\.]+)+$/

export function validateEmailAddress(value: string | null | undefined, options?: ValidateOptions): true | string {
  if (!value || (value.length <= 254 && emailPattern.test(value))) return true
  return messagesFor(options).email
}

const phonePattern = /^\+?[0-9 ()/-]{6,30}$/

export function validatePhone(value: string | null | undefined, options?: ValidateOptions): true | string {
  if (!value || phonePattern.test(value)) return true
  return messagesFor(options).phone
}
