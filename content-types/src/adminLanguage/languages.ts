import { leichteSpracheLocale, locales, type LocaleCode } from '../locales.ts'

/**
 * The admin's interface languages: every launch language with a Payload translation, that is
 * every locale but Leichte Sprache (an easy-to-read variant of German, not an interface
 * language). German is the source of every custom text; each person picks their own language
 * in their account. Independent of the content locale being edited.
 */
export const adminLanguages = locales.map((locale) => locale.code).filter((code): code is Exclude<LocaleCode, typeof leichteSpracheLocale> => code !== leichteSpracheLocale)

export type AdminLanguage = (typeof adminLanguages)[number]

/** The languages whose texts come from the catalogues (German and English are written inline). */
export const cataloguedLanguages = adminLanguages.filter((code): code is Exclude<AdminLanguage, 'de' | 'en'> => code !== 'de' && code !== 'en')

export type CataloguedLanguage = (typeof cataloguedLanguages)[number]

export function isAdminLanguage(value: unknown): value is AdminLanguage {
  return typeof value === 'string' && (adminLanguages as readonly string[]).includes(value)
}

/** Payload's i18n language for a request, as one of ours (German for anything else). */
export function adminLanguageOf(language: string | undefined): AdminLanguage {
  return isAdminLanguage(language) ? language : 'de'
}
