import { maxUploadBytes } from '@verband/content-types/upload-policy'

/**
 * Checks of an API request that need nothing but the request, made in the proxy before Payload
 * reads it. Each refusal is a status with a message that says what to send instead. Found by
 * the bad-input suite (test/badInput.test.ts): Payload answered these with a 500, or read a
 * body of any size into memory first.
 */
export type Refusal = { status: 400 | 411 | 413 | 415; message: string }

/** Documents as JSON: a long story in every locale at once is far below this. */
export const maxJsonBytes = 4 * 1024 * 1024
/** Multipart posts carry uploads: the largest accepted file and the form around it. */
export const maxMultipartBytes = maxUploadBytes + 1024 * 1024
/** Rich text nests a few levels (list in list item in list …); nothing real comes near this. */
export const maxJsonDepth = 64
/** Payload's own ceiling for populating relations (its `maxDepth` default). */
export const maxQueryDepth = 10

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`

/**
 * Endpoints that read and limit their bodies themselves: the website's forms and the press
 * list's (urlencoded, more strictly than here) and the XLIFF import (an XML file, which the
 * API reads nowhere else).
 */
const selfCheckingPaths = ['/api/forms/', '/api/press-list/', '/api/translation/xliff']

export function checksItsOwnBody(pathname: string): boolean {
  return selfCheckingPaths.some((path) => pathname.startsWith(path))
}

/** Keys that would reach `Object.prototype` in code that merges objects naively. */
const prototypeKeys = new Set(['__proto__', 'constructor', 'prototype'])

const wholeNumber = /^\d+$/

/** `limit`, `page` and `depth` are single whole numbers; `where` is an object, never a bare value. */
export function refuseQuery(params: URLSearchParams): Refusal | undefined {
  if (params.has('where')) {
    return { status: 400, message: 'A query is written where[field][operator]=value (e.g. where[slug][equals]=…); a bare "where" is not one.' }
  }
  const ranges: Record<string, [number, number]> = { limit: [0, Number.MAX_SAFE_INTEGER], page: [1, Number.MAX_SAFE_INTEGER], depth: [0, maxQueryDepth] }
  for (const [name, [min, max]] of Object.entries(ranges)) {
    const keyed = [...params.keys()].find((key) => key.startsWith(`${name}[`))
    const values = params.getAll(name)
    if (keyed || values.length > 1) return { status: 400, message: `"${name}" is given once, as a whole number, not as ${keyed ?? 'a list'}.` }
    const value = values[0]
    if (value === undefined) continue
    const number = wholeNumber.test(value) ? Number(value) : Number.NaN
    if (!(number >= min && number <= max)) {
      return { status: 400, message: `"${name}" must be a whole number from ${min}${max === Number.MAX_SAFE_INTEGER ? '' : ` to ${max}`}, not "${value.slice(0, 40)}".` }
    }
  }
  return undefined
}

/** The deepest nesting of a parsed JSON value and whether it names a prototype key; iterative, so depth cannot overflow it. */
function inspectJson(root: unknown): { depth: number; prototypeKey?: string } {
  let deepest = 0
  const pending: [unknown, number][] = [[root, 1]]
  while (pending.length > 0) {
    const [value, depth] = pending.pop()!
    if (typeof value !== 'object' || value === null) continue
    deepest = Math.max(deepest, depth)
    if (deepest > maxJsonDepth) return { depth: deepest }
    for (const key of Object.keys(value)) {
      if (prototypeKeys.has(key)) return { depth: deepest, prototypeKey: key }
      pending.push([(value as Record<string, unknown>)[key], depth + 1])
    }
  }
  return { depth: deepest }
}

function mediaType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
}

/**
 * A request body is announced by its length (a stream of unknown length would be read whole
 * before a limit could refuse it), within the limit of its kind, of a kind the API reads, and
 * JSON is well-formed, an object, not absurdly deep and free of prototype keys.
 */
export async function refuseBody(request: Request): Promise<Refusal | undefined> {
  const length = request.headers.get('content-length')
  if (length === null) {
    if (request.headers.has('transfer-encoding')) return { status: 411, message: 'Send the body with a Content-Length.' }
    return undefined
  }
  const bytes = Number(length)
  if (bytes === 0) return undefined
  const type = mediaType(request)
  if (type === 'multipart/form-data') {
    if (bytes > maxMultipartBytes) return { status: 413, message: `The upload is too large: at most ${megabytes(maxUploadBytes)} per file.` }
    // The document's fields travel as JSON in `_payload`: checked like a JSON body, where the
    // form is small enough to read twice (a file's form is left to Payload and the input guard).
    if (bytes > maxJsonBytes) return undefined
    const fields = await request.formData().catch(() => undefined)
    if (!fields) return { status: 400, message: 'The body is not a readable multipart form.' }
    const document = fields.get('_payload')
    return typeof document === 'string' ? refuseJson(document, 'The "_payload" field') : undefined
  }
  if (type !== 'application/json' && type !== 'application/x-www-form-urlencoded') {
    return { status: 415, message: `The API reads application/json, multipart/form-data (uploads) or application/x-www-form-urlencoded, not "${type || 'a body without a Content-Type'}".` }
  }
  if (bytes > maxJsonBytes) return { status: 413, message: `The body is too large: at most ${megabytes(maxJsonBytes)}.` }
  if (type !== 'application/json') return undefined

  return refuseJson(await request.text(), 'The body')
}

/** JSON for a document: well-formed, an object, not absurdly deep, free of prototype keys. */
function refuseJson(text: string, what: string): Refusal | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    return { status: 400, message: `${what} is not valid JSON (${(error as Error).message}).` }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { status: 400, message: `${what} must be a JSON object of fields, not ${Array.isArray(parsed) ? 'a list' : parsed === null ? 'null' : typeof parsed}.` }
  }
  const { depth, prototypeKey } = inspectJson(parsed)
  if (prototypeKey) return { status: 400, message: `The key "${prototypeKey}" is not allowed in a document.` }
  if (depth > maxJsonDepth) return { status: 400, message: `${what} nests deeper than ${maxJsonDepth} levels.` }
  return undefined
}
