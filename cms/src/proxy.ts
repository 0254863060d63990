import { localeCodes } from '@verband/content-types/locales'
import { NextResponse, type NextRequest } from 'next/server'

import { loadEnv } from './env.ts'
import { createNonce, responseKind, securityHeaders } from './security/headers.ts'
import { checksItsOwnBody, refuseBody, refuseQuery } from './security/requestGuard.ts'

/** Values Payload accepts besides the locale codes: every locale at once, or no fallback. */
const specialLocaleValues = new Set(['all', '*'])
const specialFallbackValues = new Set(['none', 'null', 'false'])

/**
 * Payload quietly answers an unknown `locale` in the default language. For an API client
 * that is a silent wrong answer, so unknown locales are refused here with a 400 that names
 * the known ones.
 */
function unknownLocale(request: NextRequest): NextResponse | undefined {
  const params = request.nextUrl.searchParams
  const problems: string[] = []
  const locale = params.get('locale')
  if (locale !== null && !localeCodes.includes(locale as never) && !specialLocaleValues.has(locale)) {
    problems.push(`Unknown locale "${locale}".`)
  }
  const fallback = params.get('fallback-locale') ?? params.get('fallbackLocale')
  if (fallback !== null && !localeCodes.includes(fallback as never) && !specialFallbackValues.has(fallback)) {
    problems.push(`Unknown fallback locale "${fallback}".`)
  }
  if (problems.length === 0) return undefined
  return NextResponse.json(
    { errors: [{ message: `${problems.join(' ')} Known locales: ${localeCodes.join(', ')}.` }] },
    { status: 400 },
  )
}

/**
 * API requests Payload would answer with a 500 or read whole whatever their size
 * (src/security/requestGuard.ts), except where an endpoint checks its body itself.
 */
async function badRequest(request: NextRequest): Promise<NextResponse | undefined> {
  const refusal = refuseQuery(request.nextUrl.searchParams) ?? (checksItsOwnBody(request.nextUrl.pathname) ? undefined : await refuseBody(request))
  return refusal ? NextResponse.json({ errors: [{ message: refusal.message }] }, { status: refusal.status }) : undefined
}

/**
 * Every response gets the security headers of its kind (src/security/headers.ts); API
 * requests are checked for unknown locales and malformed input first.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const kind = responseKind(request.nextUrl.pathname)
  const env = loadEnv()
  const headers = securityHeaders(kind, { cmsUrl: env.cmsUrl, nonce: createNonce(), development: env.nodeEnv === 'development' })
  let response = kind === 'admin' ? undefined : (unknownLocale(request) ?? (await badRequest(request)))
  if (!response && kind === 'admin') {
    // Next.js takes the nonce for its own scripts from the policy on the request.
    const forwarded = new Headers(request.headers)
    forwarded.set('Content-Security-Policy', headers['Content-Security-Policy']!)
    response = NextResponse.next({ request: { headers: forwarded } })
  }
  response ??= NextResponse.next()
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  return response
}

// Everything, Next.js's hashed build files included (nosniff, and they are cheap to cover).
export const config = { matcher: '/:path*' }
