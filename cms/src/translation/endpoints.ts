import { defaultLocale, hasRole, isMachineTranslationLocale, leichteSpracheLocale, taggedFromEditable, type MachineTranslationLocale } from '@verband/content-types'
import type { CollectionSlug, Endpoint, GlobalSlug, PayloadRequest } from 'payload'

import { errorJson, jsonResponse } from '../apiResponses.ts'
import { adminText } from '../components/text/index.ts'
import type { TranslationConfig } from '../env.ts'
import { FormRequestError, readText } from '../forms/requestBody.ts'
import { checkedMachineLocale, machineTranslateDocument } from './machineTranslation.ts'
import { providerStatus } from './providerStatus.ts'
import { translationProvider } from './providers/index.ts'
import { targetName, TranslationInputError, type TranslationTarget } from './translationDocument.ts'
import { exportXliff, importUnits, importXliff, XliffImportError, type ParsedUnit } from './xliff.ts'


const maxJsonBytes = 16 * 1024
/** Edited segments: a few paragraphs at a time. */
const maxSegmentsBytes = 512 * 1024
const maxXliffBytes = 20 * 1024 * 1024

/** Everyone on the staff translates (authors, editors, admins); the public never reaches these endpoints. */
function staffProblem(req: PayloadRequest): Response | undefined {
  const t = adminText(req.i18n?.language).translationErrors
  if (!req.user) return errorJson(401, t.logIn)
  if (!hasRole(req.user, 'admin', 'editor', 'author')) return errorJson(403, t.staffOnly)
  return undefined
}

function asTarget(body: Record<string, unknown>): TranslationTarget {
  if (typeof body.global === 'string' && body.collection === undefined) return { global: body.global as GlobalSlug }
  if (typeof body.collection === 'string' && (typeof body.id === 'number' || (typeof body.id === 'string' && body.id !== ''))) {
    return { collection: body.collection as CollectionSlug, id: body.id }
  }
  throw new TranslationInputError('Send { "collection": "<slug>", "id": <id>, "locale": "<code>" } or { "global": "<slug>", "locale": "<code>" }.')
}

function knownTarget(req: PayloadRequest, target: TranslationTarget): TranslationTarget {
  const known = 'global' in target ? req.payload.config.globals.some((g) => g.slug === target.global) : Boolean(req.payload.collections[target.collection])
  if (!known) throw new TranslationInputError(`unknown ${'global' in target ? `global "${target.global}"` : `collection "${target.collection}"`}`, 404)
  return target
}

async function answer(req: PayloadRequest, work: () => Promise<Response>): Promise<Response> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof TranslationInputError) return errorJson(error.status, error.message)
    if (error instanceof FormRequestError) return errorJson(error.status, error.message)
    if (error instanceof XliffImportError) return errorJson(422, error.message, { problems: error.problems })
    const status = (error as { status?: number }).status
    if (status === 403 || status === 401) return errorJson(403, adminText(req.i18n?.language).translationErrors.mayNotChange)
    throw error
  }
}

async function jsonBody(req: PayloadRequest, maxBytes: number): Promise<Record<string, unknown>> {
  try {
    const parsed: unknown = JSON.parse(await readText(req.body ?? null, maxBytes))
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object')
    return parsed as Record<string, unknown>
  } catch (error) {
    if (error instanceof FormRequestError) throw error
    throw new TranslationInputError('The body must be a JSON object.')
  }
}

/**
 * The segments a person edited in place: each names its key, the German it translates (so a
 * German change since the page was opened is a conflict) and the text as typed, tags included.
 */
function editedUnits(value: unknown): ParsedUnit[] {
  const units: unknown[] = Array.isArray(value) ? value : []
  const isUnit = (unit: unknown): unit is Record<'key' | 'source' | 'text', string> =>
    typeof unit === 'object' && unit !== null && ['key', 'source', 'text'].every((name) => typeof (unit as Record<string, unknown>)[name] === 'string')
  if (units.length === 0 || !units.every(isUnit)) throw new TranslationInputError('"segments" must be a list of { "key", "source", "text" }.')
  return units.filter(isUnit).map((unit) => ({ id: unit.key, source: unit.source, target: taggedFromEditable(unit.text) }))
}

function localeParam(req: PayloadRequest): MachineTranslationLocale {
  const locale = new URL(req.url ?? 'http://localhost').searchParams.get('locale')
  if (locale === leichteSpracheLocale) return checkedMachineLocale(locale, req.i18n?.language)
  if (!isMachineTranslationLocale(locale)) throw new TranslationInputError(`"locale" must be one of the languages translated from German, not ${JSON.stringify(locale)}`)
  return locale
}

/**
 * The translation endpoints:
 * - `POST /api/translation/machine` fills one language's draft of a document from the provider;
 * - `GET /api/translation/xliff?locale=fa[&collection=stories&ids=1,2]` exports XLIFF 1.2 and
 *   `POST /api/translation/xliff?locale=fa` imports a translated file into the drafts;
 * - `POST /api/translation/segments` saves segments edited in place (the sidebar's review of
 *   changed paragraphs) into one language's draft, checked as an XLIFF import is;
 * - `GET /api/translation/provider` says whether machine translation is ready (the admin's buttons).
 */
export function translationEndpoints(config: TranslationConfig): Endpoint[] {
  const provider = translationProvider(config)
  return [
    {
      path: '/translation/machine',
      method: 'post',
      handler: (req) =>
        answer(req, async () => {
          const refused = staffProblem(req)
          if (refused) return refused
          const body = await jsonBody(req, maxJsonBytes)
          const locale = checkedMachineLocale(body.locale, req.i18n?.language)
          const target = knownTarget(req, asTarget(body))
          if (!provider) return errorJson(503, (await providerStatus(config)).message)
          const result = await machineTranslateDocument(req.payload, provider, target, locale, { overwrite: body.overwrite === true, req })
          return jsonResponse(200, result)
        }),
    },
    {
      path: '/translation/xliff',
      method: 'get',
      handler: (req) =>
        answer(req, async () => {
          const refused = staffProblem(req)
          if (refused) return refused
          const params = new URL(req.url ?? 'http://localhost').searchParams
          const locale = localeParam(req)
          const collection = params.get('collection') ?? undefined
          const ids = params.get('ids')?.split(',').map((id) => id.trim()).filter(Boolean)
          if (ids && !collection) throw new TranslationInputError('"ids" needs "collection"')
          const global = params.get('global') ?? undefined
          if (global && collection) throw new TranslationInputError('choose "collection" or "global", not both')
          if (collection) knownTarget(req, { collection: collection as CollectionSlug, id: '' })
          if (global) knownTarget(req, { global: global as GlobalSlug })
          const xml = await exportXliff(req.payload, { locale, collection: collection as CollectionSlug | undefined, ids, global: global as GlobalSlug | undefined }, req)
          return new Response(xml, {
            status: 200,
            headers: {
              'content-type': 'application/xliff+xml; charset=utf-8',
              'content-disposition': `attachment; filename="verband-${locale}-${new Date().toISOString().slice(0, 10)}.xlf"`,
              'cache-control': 'no-store',
            },
          })
        }),
    },
    {
      path: '/translation/xliff',
      method: 'post',
      handler: (req) =>
        answer(req, async () => {
          const refused = staffProblem(req)
          if (refused) return refused
          const locale = localeParam(req)
          const xml = await readText(req.body ?? null, maxXliffBytes)
          return jsonResponse(200, await importXliff(req.payload, xml, locale, req))
        }),
    },
    {
      path: '/translation/segments',
      method: 'post',
      handler: (req) =>
        answer(req, async () => {
          const refused = staffProblem(req)
          if (refused) return refused
          const body = await jsonBody(req, maxSegmentsBytes)
          const locale = checkedMachineLocale(body.locale, req.i18n?.language)
          const target = knownTarget(req, asTarget(body))
          const file = { original: targetName(target), sourceLanguage: defaultLocale, targetLanguage: locale, units: editedUnits(body.segments) }
          return jsonResponse(200, await importUnits(req.payload, [file], locale, req))
        }),
    },
    {
      path: '/translation/provider',
      method: 'get',
      handler: async (req) => staffProblem(req) ?? jsonResponse(200, await providerStatus(config)),
    },
  ]
}
