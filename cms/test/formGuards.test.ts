import { checkFormContent, formFieldMaxLength } from '@verband/content-types'
import { describe, expect, it } from 'vitest'

import { clientAddress, rateLimitKey } from '../src/forms/clientAddress.ts'
import { RateLimiter } from '../src/forms/rateLimiter.ts'

/** The form endpoint's guards on their own: addresses, the rate limit, the field checks. */

describe('client address for the rate limit', () => {
  it('takes the entry the trusted proxy appended, never one the client wrote before it', () => {
    // The client sent "6.6.6.6" itself; the one trusted proxy appended what it saw.
    expect(clientAddress('6.6.6.6, 203.0.113.7', 1)).toBe('203.0.113.7')
    expect(clientAddress('6.6.6.6, 203.0.113.7, 10.0.0.2', 2)).toBe('203.0.113.7')
  })

  it('without a trusted proxy uses the address Next.js wrote (the last entry)', () => {
    expect(clientAddress('198.51.100.4', 0)).toBe('198.51.100.4')
    expect(clientAddress(null, 0)).toBe('unknown')
  })

  it('counts IPv6 addresses by their /64 network and unwraps IPv4-mapped ones', () => {
    expect(rateLimitKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64')
    expect(rateLimitKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64')
    expect(rateLimitKey('[2001:db8::1]:443')).toBe('2001:db8:0:0::/64')
    expect(rateLimitKey('::ffff:192.0.2.1')).toBe('192.0.2.1')
    expect(rateLimitKey('192.0.2.1:5555')).toBe('192.0.2.1')
  })
})

describe('rate limiter', () => {
  it('allows `limit` events per window and key, then says when to retry', () => {
    const limiter = new RateLimiter({ limit: 2, windowMs: 60_000 })
    expect(limiter.take('a', 0).allowed).toBe(true)
    expect(limiter.take('a', 10_000).allowed).toBe(true)
    expect(limiter.take('a', 20_000)).toEqual({ allowed: false, retryAfterSeconds: 40 })
    expect(limiter.take('b', 20_000).allowed).toBe(true)
    // The first event leaves the window after 60 s.
    expect(limiter.take('a', 60_001).allowed).toBe(true)
  })

  it('keeps at most maxKeys addresses in memory, dropping the oldest', () => {
    const limiter = new RateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 2 })
    limiter.take('first', 0)
    limiter.take('second', 1)
    limiter.take('third', 2)
    // "first" was forgotten, so it may post again; "third" may not.
    expect(limiter.take('first', 3).allowed).toBe(true)
    expect(limiter.take('third', 3).allowed).toBe(false)
  })
})

describe('form content checks', () => {
  it('accepts a complete contact message and cleans it', () => {
    const checked = checkFormContent('contact', { name: '  Amal  ', email: 'amal@example.org', message: 'Hallo\r\nWelt ', topic: 'ignored' })
    expect(checked).toEqual({ ok: true, content: { name: 'Amal', email: 'amal@example.org', message: 'Hallo\nWelt' } })
  })

  it('lets accessibility feedback be anonymous but never empty', () => {
    expect(checkFormContent('accessibility-feedback', { message: 'Kontrast zu gering' })).toEqual({ ok: true, content: { message: 'Kontrast zu gering' } })
    expect(checkFormContent('accessibility-feedback', { message: '   ' })).toMatchObject({ ok: false, problems: [{ field: 'message' }] })
  })

  it('names every problem: missing, too long, malformed email, line breaks in a name', () => {
    const checked = checkFormContent('contact', { name: 'a\nb', email: 'not-an-address', message: 'x'.repeat(formFieldMaxLength.message + 1) })
    expect(checked.ok).toBe(false)
    const problems = checked.ok ? [] : checked.problems
    expect(problems.map((p) => p.field)).toEqual(['name', 'email', 'message'])
    expect(problems[1]!.message).toMatch(/E-Mail-Adresse/)
    expect(problems[2]!.message).toMatch(/at most 5000 characters/)
    expect(checkFormContent('contact', {})).toMatchObject({ ok: false, problems: [{ field: 'name' }, { field: 'email' }, { field: 'message' }] })
  })
})
