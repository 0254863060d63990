import { defaultLocale, getLocale, type LocaleCode, type TextDirection } from '@verband/content-types/locales'

/** A localized field as the CMS returns it with `locale=all`: one value per locale. */
export type Localized<T> = Partial<Record<LocaleCode, T | null>>

/** A value to show, and the language it is really in (German when not translated). */
export type Shown<T> = { value: T; lang: LocaleCode; dir: TextDirection; isFallback: boolean }

type RichTextNode = { type?: string; text?: string; children?: RichTextNode[] }

/** Nodes that carry nothing by themselves; any other node (a rule, an unknown block) is content. */
const containers = new Set(['root', 'paragraph', 'text', 'linebreak', 'tab'])

function richTextHasContent(node: RichTextNode): boolean {
  if (node.type === 'text') return typeof node.text === 'string' && node.text.trim().length > 0
  if (!containers.has(node.type ?? '')) return true
  return (node.children ?? []).some(richTextHasContent)
}

function hasContent(value: unknown): boolean {
  if (value === null || value === undefined) return false
  if (typeof value === 'string') return value.trim().length > 0
  if (typeof value === 'object' && 'root' in value) return richTextHasContent((value as { root: RichTextNode }).root)
  return true
}

/** True when the field has its own text in this locale (not only the German fallback). */
export function isTranslated(field: Localized<unknown> | null | undefined, locale: LocaleCode): boolean {
  return hasContent(field?.[locale])
}

/**
 * The field in the reader's locale, or in German (the source every locale falls back to),
 * with the language it is actually in, so the page can mark it with `lang` and `dir`.
 */
export function shown<T>(field: Localized<T> | null | undefined, locale: LocaleCode): Shown<T> | undefined {
  const own = field?.[locale]
  if (hasContent(own)) return { value: own as T, lang: locale, dir: getLocale(locale).dir, isFallback: false }
  const german = field?.[defaultLocale]
  if (hasContent(german)) return { value: german as T, lang: defaultLocale, dir: 'ltr', isFallback: locale !== defaultLocale }
  return undefined
}

/** Like `shown`, for fields the content model requires: a missing German value is a content error. */
export function shownRequired<T>(field: Localized<T> | null | undefined, locale: LocaleCode, what: string): Shown<T> {
  const result = shown(field, locale)
  if (!result) throw new Error(`${what} has no German text; the CMS requires one`)
  return result
}

/** Locales in which a document is really translated (its key field has its own text). */
export function translatedLocales(field: Localized<unknown> | null | undefined, all: readonly LocaleCode[]): LocaleCode[] {
  return all.filter((locale) => locale === defaultLocale || isTranslated(field, locale))
}
