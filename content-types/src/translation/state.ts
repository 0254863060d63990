import { defaultLocale, localeCodes, type LocaleCode } from '../locales.ts'

/**
 * Where each language of a document stands, worked out from the document itself (read with
 * `locale: 'all'`). Shown in list views, on the document and in the translation overview.
 *
 * - translation: `source` (German), `missing` (no text of its own), `outdated` (the German
 *   changed after this translation was last saved) or `current`;
 * - checked: a person who reads the language has checked it ("needs review" until then);
 * - publication: `published` (the public sees this language as it is in the editor),
 *   `changed` (a draft of this language waits), `draft` (never published) or `none`.
 */
export type TranslationState = 'source' | 'missing' | 'outdated' | 'current'
export type PublicationState = 'published' | 'changed' | 'draft' | 'none'
export type LocaleState = { locale: LocaleCode; translation: TranslationState; checked: boolean; publication: PublicationState }

/** A document read with `locale: 'all'`: localized fields are objects by locale. */
export type DocumentInAllLocales = Record<string, unknown> & {
  sourceChangedAt?: string | null
  translation?: Partial<Record<LocaleCode, { basedOn?: string | null; checked?: boolean | null } | null>> | null
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

function valueIn(doc: DocumentInAllLocales | null | undefined, field: string, locale: LocaleCode): unknown {
  const byLocale = doc?.[field] as Partial<Record<LocaleCode, unknown>> | null | undefined
  return byLocale && typeof byLocale === 'object' ? byLocale[locale] : undefined
}

function hasOwnText(doc: DocumentInAllLocales | null | undefined, fields: readonly string[], locale: LocaleCode): boolean {
  return fields.some((field) => hasContent(valueIn(doc, field, locale)))
}

function sameText(a: DocumentInAllLocales, b: DocumentInAllLocales, fields: readonly string[], locale: LocaleCode): boolean {
  return fields.every((field) => JSON.stringify(valueIn(a, field, locale) ?? null) === JSON.stringify(valueIn(b, field, locale) ?? null))
}

/**
 * @param fields the document's translatable (localized) fields
 * @param latest the latest version, draft or not
 * @param published the published version, if any (with drafts); the same as `latest` without drafts
 */
export function localeStates(fields: readonly string[], latest: DocumentInAllLocales, published: DocumentInAllLocales | null): LocaleState[] {
  const sourceChangedAt = latest.sourceChangedAt ? Date.parse(latest.sourceChangedAt) : undefined
  return localeCodes.map((locale) => {
    const own = hasOwnText(latest, fields, locale)
    const tracking = latest.translation?.[locale]
    const basedOn = tracking?.basedOn ? Date.parse(tracking.basedOn) : undefined
    const translation: TranslationState =
      locale === defaultLocale ? 'source' : !own ? 'missing' : sourceChangedAt !== undefined && basedOn !== undefined && basedOn < sourceChangedAt ? 'outdated' : 'current'
    const publishedOwn = published ? hasOwnText(published, fields, locale) : false
    const publication: PublicationState = publishedOwn ? (sameText(latest, published!, fields, locale) ? 'published' : 'changed') : own ? 'draft' : 'none'
    return { locale, translation, checked: locale === defaultLocale || tracking?.checked === true, publication }
  })
}

/** Whether a language still needs someone's attention: missing, outdated or unchecked. */
export function needsWork(state: LocaleState): boolean {
  return state.translation === 'missing' || state.translation === 'outdated' || (state.translation === 'current' && !state.checked)
}
