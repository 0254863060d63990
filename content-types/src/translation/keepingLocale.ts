import type { PayloadRequest } from 'payload'

/**
 * Reads with the request of a running operation (same `req`, same transaction) without
 * changing the locale that operation works in: a Local API call with `req` sets `req.locale`
 * to its own locale.
 */
export async function keepingLocale(req: PayloadRequest, read: () => Promise<unknown>): Promise<Record<string, unknown>> {
  const { locale, fallbackLocale } = req
  try {
    return (await read()) as Record<string, unknown>
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
