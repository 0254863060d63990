/**
 * The JSON answers of the CMS's own endpoints: never cached (they answer for one person, or
 * about a state that changes), errors in Payload's own shape, `{ errors: [{ message }] }`, so
 * the admin and API clients read ours like Payload's.
 */
export function jsonResponse(status: number, body: unknown): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })
}

export function errorJson(status: number, message: string, extra: Record<string, unknown> = {}): Response {
  return jsonResponse(status, { errors: [{ message }], ...extra })
}
