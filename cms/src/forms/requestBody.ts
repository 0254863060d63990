import type { PayloadRequest } from 'payload'

/** A post the form endpoint refuses before looking at its content: status and reason. */
export class FormRequestError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message)
    this.name = 'FormRequestError'
  }
}

/** `fields`: each field's first value; `lists`: every value of each field (checkbox groups post one per box). */
export type PostedForm = { kind: 'form' | 'json'; fields: Record<string, string>; lists: Record<string, string[]> }

/**
 * Reads a form post: `application/x-www-form-urlencoded` (what a plain HTML form sends, so the
 * forms work without JavaScript) or a JSON object of strings. The body is read at most up to
 * `maxBytes`, whatever Content-Length claims, so an oversized post costs no more than that.
 */
export async function readPostedForm(req: PayloadRequest, maxBytes: number): Promise<PostedForm> {
  const type = (req.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  const kind = type === 'application/x-www-form-urlencoded' ? 'form' : type === 'application/json' ? 'json' : undefined
  if (!kind) {
    throw new FormRequestError(415, 'Send the form as application/x-www-form-urlencoded (a plain HTML form) or application/json.')
  }
  if (Number(req.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge(maxBytes)
  const text = await readText(req.body ?? null, maxBytes)
  if (kind === 'form') {
    const params = new URLSearchParams(text)
    return { kind, fields: firstValues(params), lists: Object.fromEntries([...new Set(params.keys())].map((name) => [name, params.getAll(name)])) }
  }

  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new FormRequestError(400, 'The body is not valid JSON.')
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new FormRequestError(400, 'The body must be a JSON object of form fields.')
  const fields: Record<string, string> = {}
  const lists: Record<string, string[]> = {}
  for (const [name, value] of Object.entries(parsed)) {
    if (typeof value === 'number' && Number.isFinite(value)) fields[name] = String(value)
    else if (typeof value === 'string') fields[name] = value
    else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) lists[name] = value as string[]
    else if (value !== null) throw new FormRequestError(400, `Field "${name}" must be a string or a list of strings.`)
    if (typeof fields[name] === 'string') lists[name] = [fields[name]]
  }
  return { kind, fields, lists }
}

function tooLarge(maxBytes: number) {
  return new FormRequestError(413, `The body is too large: at most ${Math.round(maxBytes / 1024)} KB.`)
}

/** A repeated field counts once, with its first value, as a browser never repeats one. */
function firstValues(params: URLSearchParams): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const [name, value] of params) if (!(name in fields)) fields[name] = value
  return fields
}

/** A request body as UTF-8 text, read at most up to `maxBytes` (a 413 beyond, a 400 when not UTF-8). */
export async function readText(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<string> {
  if (!body) return ''
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      throw tooLarge(maxBytes)
    }
    chunks.push(value)
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks))
  } catch {
    throw new FormRequestError(400, 'The body is not valid UTF-8.')
  }
}
