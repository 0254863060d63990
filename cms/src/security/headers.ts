/**
 * The security headers of every CMS response, decided once here and set by the proxy
 * (`src/proxy.ts`), because two of them depend on the running configuration (CMS_URL for
 * HSTS, a per-request nonce for the admin's scripts), which `next.config` headers cannot see:
 * those are fixed when the app is built.
 */

/** What a response is, for the policy it gets. */
export type ResponseKind = 'admin' | 'api' | 'upload'

export type SecurityOptions = {
  /** The CMS's public origin (CMS_URL): HSTS only when it is https, i.e. behind TLS. */
  cmsUrl: string
  /** A fresh random value per request: the admin's scripts carry it (Next.js reads it from the request's policy). */
  nonce: string
  /** `next dev`: React's development build needs `eval` (as in Next.js's own CSP example); never in production. */
  development?: boolean
}

/**
 * Payload serves uploaded files under `/api/{upload collection}/file/{name}`; the pattern
 * covers every upload collection without a list (on others the path is a 404 anyway).
 */
const uploadFilePath = /^\/api\/[^/]+\/file\//

export function responseKind(pathname: string): ResponseKind {
  if (uploadFilePath.test(pathname)) return 'upload'
  return pathname === '/api' || pathname.startsWith('/api/') ? 'api' : 'admin'
}

function policy(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ')
}

/**
 * The admin (Next.js and Payload's React UI):
 * - scripts only with this request's nonce; `'strict-dynamic'` lets those load the chunks
 *   Next.js adds later (modern browsers then ignore `'self'`, which older ones still need);
 * - styles need `'unsafe-inline'`: Payload's UI and its select boxes (emotion) add `<style>`
 *   elements and style attributes at run time without a nonce; inline styles cannot run code;
 * - images from `data:`/`blob:`: upload previews are object URLs before the file is sent;
 * - framed by itself only: there is no live preview of the website inside the admin
 *   (`livePreview` is not configured), so no other origin may frame it.
 */
function adminPolicy({ cmsUrl, nonce, development }: SecurityOptions): string {
  return policy({
    'default-src': ["'self'"],
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'media-src': ["'self'", 'blob:'],
    'worker-src': ["'self'", 'blob:'],
    'frame-src': ["'self'"],
    'frame-ancestors': ["'self'"],
    'form-action': ["'self'"],
    'base-uri': ["'self'"],
    'object-src': ["'none'"],
    ...(isHttps(cmsUrl) ? { 'upgrade-insecure-requests': [] } : {}),
  })
}

/** JSON loads nothing and belongs in no frame. */
const apiPolicy = policy({ 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] })

/**
 * An uploaded file opened directly is a document of the CMS's origin. An SVG can carry
 * scripts (the upload screen refuses those; this is the second line): sandboxed, with nothing
 * to load and no script, it can only be looked at. Inline styles keep SVGs drawn as designed.
 */
const uploadPolicy = policy({ 'default-src': ["'none'"], 'style-src': ["'unsafe-inline'"], sandbox: [] })

/**
 * No feature an editor needs asks for these; a script that got in anyway cannot either.
 * Only features Chromium knows, so the console stays free of warnings.
 */
const permissionsPolicy = ['accelerometer', 'camera', 'display-capture', 'geolocation', 'gyroscope', 'magnetometer', 'microphone', 'payment', 'usb']
  .map((feature) => `${feature}=()`)
  .join(', ')

function isHttps(origin: string): boolean {
  return new URL(origin).protocol === 'https:'
}

export function securityHeaders(kind: ResponseKind, options: SecurityOptions): Record<string, string> {
  return {
    'Content-Security-Policy': kind === 'admin' ? adminPolicy(options) : kind === 'upload' ? uploadPolicy : apiPolicy,
    'X-Content-Type-Options': 'nosniff',
    // Admin URLs name documents; other sites (the public website included) learn nothing.
    'Referrer-Policy': 'same-origin',
    'Permissions-Policy': permissionsPolicy,
    // A window the admin opens (the website, in a new tab) gets no handle back on it.
    'Cross-Origin-Opener-Policy': 'same-origin',
    // Browsers honour HSTS only over https; sent over http (localhost, tests) it would only mislead.
    ...(isHttps(options.cmsUrl) ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  }
}

/** A nonce: 128 random bits, base64 as CSP wants it. */
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))))
}
