/**
 * The one list of languages the platform speaks. The CMS, the website, the seed and
 * the tests all read it from here.
 *
 * German (`de`) is the source language: every document is written in German first and
 * every other locale falls back to it field by field.
 */
export const locales = [
  { code: 'de', label: 'Deutsch', englishLabel: 'German', dir: 'ltr', script: 'Latn', path: 'de' },
  // German "Leichte Sprache" (easy-to-read German) is its own locale with its own path.
  // `x-ls` is a private-use subtag: the primary language stays German for browsers,
  // screen readers and hyphenation, while the content is a distinct variant.
  { code: 'de-x-ls', label: 'Leichte Sprache', englishLabel: 'German, easy to read', dir: 'ltr', script: 'Latn', path: 'leichte-sprache' },
  { code: 'en', label: 'English', englishLabel: 'English', dir: 'ltr', script: 'Latn', path: 'en' },
  { code: 'ar', label: 'العربية', englishLabel: 'Arabic', dir: 'rtl', script: 'Arab', path: 'ar' },
  { code: 'fa', label: 'فارسی', englishLabel: 'Persian (Farsi)', dir: 'rtl', script: 'Arab', path: 'fa' },
  { code: 'uk', label: 'Українська', englishLabel: 'Ukrainian', dir: 'ltr', script: 'Cyrl', path: 'uk' },
  { code: 'ru', label: 'Русский', englishLabel: 'Russian', dir: 'ltr', script: 'Cyrl', path: 'ru' },
  { code: 'vi', label: 'Tiếng Việt', englishLabel: 'Vietnamese', dir: 'ltr', script: 'Latn', path: 'vi' },
  { code: 'tr', label: 'Türkçe', englishLabel: 'Turkish', dir: 'ltr', script: 'Latn', path: 'tr' },
] as const

export type Locale = (typeof locales)[number]
export type LocaleCode = Locale['code']
export type TextDirection = Locale['dir']
/** The script a locale is written in, as ISO 15924 names it. */
export type WritingScript = Locale['script']

/** German Leichte Sprache: written by people (no machine translation does it well), checked by rules (translation/leichteSprache.ts). */
export const leichteSpracheLocale = 'de-x-ls' satisfies LocaleCode

/** The source language every other locale falls back to. */
export const defaultLocale = 'de' satisfies LocaleCode

/** The languages a machine translation from German can fill: all but German and Leichte Sprache. */
export const machineTranslationLocales = locales
  .map((locale) => locale.code)
  .filter((code): code is Exclude<LocaleCode, typeof defaultLocale | typeof leichteSpracheLocale> => code !== defaultLocale && code !== leichteSpracheLocale)

export type MachineTranslationLocale = (typeof machineTranslationLocales)[number]

export function isMachineTranslationLocale(value: unknown): value is MachineTranslationLocale {
  return typeof value === 'string' && (machineTranslationLocales as readonly string[]).includes(value)
}

export const localeCodes: readonly LocaleCode[] = locales.map((locale) => locale.code)

export function isLocaleCode(value: unknown): value is LocaleCode {
  return typeof value === 'string' && (localeCodes as readonly string[]).includes(value)
}

export function getLocale(code: LocaleCode): Locale {
  const locale = locales.find((candidate) => candidate.code === code)
  if (!locale) throw new Error(`Unknown locale "${code}". Known locales: ${localeCodes.join(', ')}`)
  return locale
}

/** The locale of a document that is missing a translation: German for every locale. */
export function fallbackLocaleOf(code: LocaleCode): LocaleCode | undefined {
  return code === defaultLocale ? undefined : defaultLocale
}

/** Payload's localization settings, derived from the list above. */
export function payloadLocalization() {
  return {
    locales: locales.map((locale) => ({
      code: locale.code,
      label: locale.label,
      rtl: locale.dir === 'rtl',
      fallbackLocale: fallbackLocaleOf(locale.code),
    })),
    defaultLocale,
    fallback: true,
    // The publish button publishes the language being edited, never pending drafts of other
    // languages (Payload's `publishSpecificLocale`); "publish all languages" is in its menu.
    defaultLocalePublishOption: 'active' as const,
  }
}
