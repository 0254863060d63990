import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Signed links for the press list: which subscriber, for what, until when, and what the link
 * is bound to (`binding`): a confirmation link to the moment of the consent it confirms (a new
 * subscription makes older confirmation links useless), a manage link to the address (so it
 * never works for another person who later gets the same entry number), a personal link to an
 * embargoed release to the release and the address. HMAC-SHA256 with the
 * CMS's secret, so nobody can make one for another address; no database row per link.
 */
export type PressListPurpose = 'confirm' | 'manage' | 'embargo'

export type PressListToken = { purpose: PressListPurpose; subscriber: number | string; binding: string; expiresAt: number }

const encode = (value: string | Buffer) => Buffer.from(value).toString('base64url')

function signature(secret: string, body: string): string {
  return encode(createHmac('sha256', `press-list:${secret}`).update(body).digest())
}

export function signPressListToken(secret: string, token: PressListToken): string {
  const body = encode(JSON.stringify([token.purpose, token.subscriber, token.binding, token.expiresAt]))
  return `${body}.${signature(secret, body)}`
}

export type TokenCheck = { ok: true; token: PressListToken } | { ok: false; reason: 'forged' | 'expired' }

/** The token's content if the CMS signed it for this purpose and it has not expired. */
export function verifyPressListToken(secret: string, value: string, purpose: PressListPurpose, now = Date.now()): TokenCheck {
  const [body, given, ...rest] = value.split('.')
  if (!body || !given || rest.length > 0 || body.length > 1000) return { ok: false, reason: 'forged' }
  const expected = Buffer.from(signature(secret, body))
  const actual = Buffer.from(given)
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return { ok: false, reason: 'forged' }
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
  } catch {
    return { ok: false, reason: 'forged' }
  }
  if (!Array.isArray(parsed) || parsed.length !== 4) return { ok: false, reason: 'forged' }
  const [tokenPurpose, subscriber, binding, expiresAt] = parsed as [unknown, unknown, unknown, unknown]
  if (tokenPurpose !== purpose || (typeof subscriber !== 'number' && typeof subscriber !== 'string') || typeof binding !== 'string' || typeof expiresAt !== 'number') {
    return { ok: false, reason: 'forged' }
  }
  if (expiresAt < now) return { ok: false, reason: 'expired' }
  return { ok: true, token: { purpose, subscriber, binding, expiresAt } }
}

/** What a manage link is bound to: the address, hashed (the link shows up in logs; the address should not). */
export function addressBinding(secret: string, email: string): string {
  return signature(secret, `address:${email}`).slice(0, 22)
}
