import { defaultLocale, leichteSpracheLocale, localeCodes, type LocaleCode } from '../locales.ts'
import { matchMemory, type SegmentMemory } from './memory.ts'
import { arrayRows, innerFields, type TranslationField } from './segments.ts'

/**
 * Where each language of a document stands, worked out from the document itself (read with
 * `locale: 'all'`). Shown in list views, on the document and in the translation overview.
 *
 * - translation: `source` (German), `missing` (no text of its own), `outdated` (the German
 *   changed after this translation was last saved) or `current`;
 *   The German is compared segment by segment with the translation memory (memory.ts), so
 *   `changedSegments` counts the paragraphs and fields to translate again; translations
 *   without a memory, and Leichte Sprache (written freely, not segment by segment), compare dates;
 * - checked: a person who reads the language has checked it ("needs review" until then);
 * - machine: machine-translated and not yet checked by a person;
 * - publication: `published` (the public sees this language as it is in the editor),
 *   `changed` (a draft of this language waits), `draft` (never published) or `none`.
 */
export type TranslationState = 'source' | 'missing' | 'outdated' | 'current'
export type PublicationState = 'published' | 'changed' | 'draft' | 'none'
export type LocaleState = {
  locale: LocaleCode
  translation: TranslationState
  checked: boolean
  machine: boolean
  /** How many German segments changed since the translation (when its memory says so). */
  changedSegments?: number
  publication: PublicationState
}

/** A document read with `locale: 'all'`: localized fields are objects by locale. */
export type DocumentInAllLocales = Record<string, unknown> & {
  sourceChangedAt?: string | null
  translation?: Partial<Record<LocaleCode, { basedOn?: string | null; checked?: boolean | null; machine?: boolean | null; segments?: SegmentMemory | null } | null>> | null
}

type RichTextNode = { type?: string; text?: string; children?: RichTextNode[] }

const containers = new Set(['root', 'paragraph', 'text', 'linebreak', 'tab'])

function richTextHasContent(node: RichTextNode): boolean {
  if (node.type === 'text') return typeof node.text === 'string' && node.text.trim().length > 0
  if (!containers.has(node.type ?? '')) return true
  return (node.children ?? []).some(richTextHasContent)
}

/** Whether a field value says something: empty strings and empty rich text do not. */
export function hasContent(value: unknown): boolean {
  if (value === null || value === undefined) return false
  if (typeof value === 'string') return value.trim().length > 0
  if (Array.isArray(value)) return value.length > 0
  if (typeof value === 'object' && 'root' in value) return richTextHasContent((value as { root: RichTextNode }).root)
  return true
}

/**
 * One locale's value of a translatable field in a document read with `locale: 'all'`: a text
 * field's value in that locale; an array's rows (or a group) with their fields' values in that
 * locale, ids kept.
 */
export function valueIn(raw: unknown, field: TranslationField, locale: LocaleCode): unknown {
  if (field.kind === 'array') {
    return arrayRows(raw).map((row) => ({ id: row.id, ...innerValuesIn(row, field, locale) }))
  }
  if (field.kind === 'group') return typeof raw === 'object' && raw !== null ? innerValuesIn(raw as Record<string, unknown>, field, locale) : undefined
  const byLocale = raw as Partial<Record<LocaleCode, unknown>> | null | undefined
  return byLocale && typeof byLocale === 'object' ? byLocale[locale] : undefined
}

function innerValuesIn(container: Record<string, unknown>, field: TranslationField, locale: LocaleCode): Record<string, unknown> {
  return Object.fromEntries(innerFields(field).map((inner) => [inner.name, valueIn(container[inner.name], inner, locale)]))
}

/** Whether one locale's value of a field says something; for rows and groups, whether any of their fields does. */
function fieldHasContent(field: TranslationField, value: unknown): boolean {
  if (field.kind === 'array') return arrayRows(value).some((row) => innerFields(field).some((inner) => fieldHasContent(inner, row[inner.name])))
  if (field.kind === 'group') {
    const group = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
    return innerFields(field).some((inner) => fieldHasContent(inner, group[inner.name]))
  }
  return hasContent(value)
}

function hasOwnText(doc: DocumentInAllLocales | null | undefined, fields: readonly TranslationField[], locale: LocaleCode): boolean {
  return fields.some((field) => fieldHasContent(field, valueIn(doc?.[field.name], field, locale)))
}

function sameText(a: DocumentInAllLocales, b: DocumentInAllLocales, fields: readonly TranslationField[], locale: LocaleCode): boolean {
  return fields.every((field) => JSON.stringify(valueIn(a[field.name], field, locale) ?? null) === JSON.stringify(valueIn(b[field.name], field, locale) ?? null))
}

/** One locale's values of a document read in all locales, as a document of that locale. */
export function valuesIn(doc: DocumentInAllLocales, fields: readonly TranslationField[], locale: LocaleCode): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field.name, valueIn(doc[field.name], field, locale)]))
}

/** The translation memory's verdict for one language, or undefined where dates decide. */
function segmentVerdict(fields: readonly TranslationField[], latest: DocumentInAllLocales, locale: LocaleCode): number | undefined {
  const memory = latest.translation?.[locale]?.segments
  if (!memory || locale === leichteSpracheLocale) return undefined
  return matchMemory(fields, valuesIn(latest, fields, defaultLocale), valuesIn(latest, fields, locale), memory).changed.length
}

/**
 * @param fields the document's translatable (localized) fields
 * @param latest the latest version, draft or not
 * @param published the published version, if any (with drafts); the same as `latest` without drafts
 */
export function localeStates(fields: readonly TranslationField[], latest: DocumentInAllLocales, published: DocumentInAllLocales | null): LocaleState[] {
  const sourceChangedAt = latest.sourceChangedAt ? Date.parse(latest.sourceChangedAt) : undefined
  return localeCodes.map((locale) => {
    const own = hasOwnText(latest, fields, locale)
    const tracking = latest.translation?.[locale]
    const basedOn = tracking?.basedOn ? Date.parse(tracking.basedOn) : undefined
    const changedSegments = locale !== defaultLocale && own ? segmentVerdict(fields, latest, locale) : undefined
    const datesSayOutdated = sourceChangedAt !== undefined && basedOn !== undefined && basedOn < sourceChangedAt
    const translation: TranslationState =
      locale === defaultLocale ? 'source' : !own ? 'missing' : (changedSegments === undefined ? datesSayOutdated : changedSegments > 0) ? 'outdated' : 'current'
    const publishedOwn = published ? hasOwnText(published, fields, locale) : false
    const publication: PublicationState = publishedOwn ? (sameText(latest, published!, fields, locale) ? 'published' : 'changed') : own ? 'draft' : 'none'
    const checked = locale === defaultLocale || tracking?.checked === true
    return { locale, translation, checked, machine: own && !checked && tracking?.machine === true, ...(changedSegments ? { changedSegments } : {}), publication }
  })
}

/** Whether a language still needs someone's attention: missing, outdated or unchecked. */
export function needsWork(state: LocaleState): boolean {
  return state.translation === 'missing' || state.translation === 'outdated' || (state.translation === 'current' && !state.checked)
}
