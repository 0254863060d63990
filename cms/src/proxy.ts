import { localeCodes } from '@verband/content-types/locales'
import { NextResponse, type NextRequest } from 'next/server'

/** Values Payload accepts besides the locale codes: every locale at once, or no fallback. */
const specialLocaleValues = new Set(['all', '*'])
const specialFallbackValues = new Set(['none', 'null', 'false'])

/**
 * Payload quietly answers an unknown `locale` in the default language. For an API client
 * that is a silent wrong answer, so unknown locales are refused here with a 400 that names
 * the known ones.
 */
export function proxy(request: NextRequest): NextResponse {
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
  if (problems.length === 0) return NextResponse.next()
  return NextResponse.json(
    { errors: [{ message: `${problems.join(' ')} Known locales: ${localeCodes.join(', ')}.` }] },
    { status: 400 },
  )
}

export const config = { matcher: '/api/:path*' }
