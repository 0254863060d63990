import {
  collectionSlugs,
  documentSegments,
  isMachineTranslationLocale,
  leichteSpracheLocale,
  matchMemory,
  messagesFor,
  plainText,
  tagProblemText,
  taggedTextProblem,
  translatedFieldValue,
  type LocaleCode,
  type MachineTranslationLocale,
  type Segment,
  type SegmentMemory,
} from '@verband/content-types'
import type { Payload, PayloadRequest } from 'payload'

import { adminText } from '../components/text/index.ts'
import { batches, ProviderError, type GlossaryEntry, type TranslationProvider } from './providers/index.ts'
import { loadForTranslation, saveTranslationDraft, TranslationInputError, type DocumentForTranslation, type TranslationTarget } from './translationDocument.ts'

export type MachineTranslationResult = {
  document: string
  locale: MachineTranslationLocale
  provider: string
  /** Segments sent to the provider. */
  translated: number
  /** Characters of German text sent to the provider (without the inline tags): what providers bill. */
  characters: number
  /** Segments whose translation the memory kept (unchanged German). */
  reused: number
  fields: string[]
  /** Fields whose machine translation is longer than the field allows (publishing will say so). */
  tooLong: string[]
  status: 'machine-translated' | 'unchanged'
}

/** The glossary as one language renders it: a fixed translation, or the German term kept. */
export async function glossaryFor(payload: Payload, locale: MachineTranslationLocale): Promise<GlossaryEntry[]> {
  const { docs } = await payload.find({ collection: collectionSlugs.glossaryTerms, pagination: false, depth: 0, overrideAccess: true })
  return docs.map((doc) => ({ term: doc.term, rendering: doc.translations?.find((entry) => entry.locale === locale)?.text ?? doc.term }))
}

/** The locale to machine-translate into, or a refusal in the asker's interface language (`req.i18n.language`). */
export function checkedMachineLocale(locale: unknown, language?: string): MachineTranslationLocale {
  if (locale === leichteSpracheLocale) throw new TranslationInputError(errorTexts(language).leichteSpracheByHand)
  if (!isMachineTranslationLocale(locale)) throw new TranslationInputError(`"locale" must be one of the languages translated from German, not ${JSON.stringify(locale)}`)
  return locale
}

function fieldLabel(doc: DocumentForTranslation, name: string): string {
  const field = doc.fields.find((candidate) => candidate.name === name)
  return field ? `„${field.label}“ (${name})` : name
}

/** Sends segments in batches within the provider's limits; a failure names the fields of its batch. */
const errorTexts = (language: string | undefined) => adminText(language).translationErrors

async function translateSegments(
  language: string | undefined,
  provider: TranslationProvider,
  doc: DocumentForTranslation,
  segments: Segment[],
  locale: MachineTranslationLocale,
  glossary: GlossaryEntry[],
): Promise<Map<string, string>> {
  const t = errorTexts(language)
  const translations = new Map<string, string>()
  for (const segment of segments) {
    if (segment.text.length > provider.limits.characters) {
      throw new TranslationInputError(t.paragraphTooLong(fieldLabel(doc, segment.field), provider.name, segment.text.length, provider.limits.characters), 422)
    }
  }
  for (const batch of batches(segments, provider.limits)) {
    const fields = [...new Set(batch.map((segment) => segment.field))].map((name) => fieldLabel(doc, name)).join(', ')
    let results: string[]
    try {
      results = await provider.translate(
        batch.map((segment) => segment.text),
        locale,
        glossary,
      )
    } catch (error) {
      const reason = error instanceof ProviderError ? error.message : `${provider.name}: ${error instanceof Error ? error.message : String(error)}`
      throw new TranslationInputError(t.providerFailed(fields, reason), 502)
    }
    batch.forEach((segment, index) => {
      const text = results[index]!
      const problem = taggedTextProblem(text, segment, doc.german)
      if (problem) {
        throw new TranslationInputError(t.providerChangedTags(provider.name, fieldLabel(doc, segment.field), tagProblemText(problem, messagesFor({ req: { i18n: { language } } }))), 502)
      }
      translations.set(segment.key, text)
    })
  }
  return translations
}

/**
 * Fills one language's draft with a machine translation from German: only the segments whose
 * German is not in the translation memory are sent (all of them for a new translation), the
 * others keep their translation. Never publishes. Replacing a person's translation of a
 * changed segment needs `overwrite`, or a 409 says what would be replaced.
 */
export async function machineTranslateDocument(
  payload: Payload,
  provider: TranslationProvider,
  target: TranslationTarget,
  locale: MachineTranslationLocale,
  options: { overwrite: boolean; req: PayloadRequest },
): Promise<MachineTranslationResult> {
  const doc = await loadForTranslation(payload, target, locale as LocaleCode, options.req)
  const match = matchMemory(doc.fields, doc.german, doc.translation, doc.memory)
  const germanSegments = documentSegments(doc.fields, doc.german)
  const toTranslate = germanSegments.filter((segment) => !match.reused.has(segment.key))
  const base = { document: doc.name, locale, provider: provider.name, reused: match.reused.size }
  if (toTranslate.length === 0) return { ...base, translated: 0, characters: 0, fields: [], tooLong: [], status: 'unchanged' }

  const humanTextReplaced = doc.machine ? [] : match.changed.filter((segment) => segment.current !== undefined)
  if (humanTextReplaced.length > 0 && !options.overwrite) {
    const fields = [...new Set(humanTextReplaced.map((segment) => fieldLabel(doc, segment.field)))].join(', ')
    throw new TranslationInputError(errorTexts(options.req.i18n?.language).replacesHumanText(humanTextReplaced.length, fields), 409)
  }

  const translations = await translateSegments(options.req.i18n?.language, provider, doc, toTranslate, locale, await glossaryFor(payload, locale))
  const values: Record<string, unknown> = {}
  const memory: SegmentMemory = {}
  const tooLong = new Set<string>()
  for (const field of doc.fields) {
    values[field.name] = translatedFieldValue(field, doc.german[field.name], (segment) => translations.get(segment.key) ?? match.reused.get(segment.key))
  }
  for (const segment of toTranslate) {
    const text = translations.get(segment.key)
    if (segment.maxLength && text !== undefined && plainText(text).length > segment.maxLength) tooLong.add(fieldLabel(doc, segment.field))
  }
  for (const segment of germanSegments) memory[segment.key] = segment.text
  await saveTranslationDraft(payload, doc, locale, values, memory, { machine: true, req: options.req })
  return {
    ...base,
    translated: toTranslate.length,
    characters: toTranslate.reduce((sum, segment) => sum + plainText(segment.text).length, 0),
    fields: [...new Set(toTranslate.map((segment) => segment.field))],
    tooLong: [...tooLong],
    status: 'machine-translated',
  }
}
