import { localeCodes, type LocaleCode } from '@verband/content-types/locales'

import { leitbildAr } from './leitbild.ar.ts'
import { leitbildLeichteSprache } from './leitbild.de-x-ls.ts'
import { leitbildEn } from './leitbild.en.ts'
import { leitbildFa } from './leitbild.fa.ts'
import { leitbildRu } from './leitbild.ru.ts'
import { leitbildTr } from './leitbild.tr.ts'
import { leitbildUk } from './leitbild.uk.ts'
import { leitbildVi } from './leitbild.vi.ts'
import { siteSettings, type LocalizedSettings } from './siteSettings.ts'
import type { LeitbildContent } from './types.ts'

/** Every locale besides German, the source. */
export type TranslatedLocale = Exclude<LocaleCode, 'de'>

export type Translation = {
  locale: TranslatedLocale
  leitbild: LeitbildContent
  siteSettings: LocalizedSettings
  /**
   * Whether a native speaker (for Leichte Sprache: its readers, a Prüfgruppe) has checked
   * this locale's Leitbild and site settings. Set it to true, and say who checked in the
   * text file's comment, once that has happened.
   */
  reviewed: boolean
}

/** One entry per locale: a missing locale is a type error. */
const byLocale: Record<TranslatedLocale, Omit<Translation, 'locale'>> = {
  'de-x-ls': { leitbild: leitbildLeichteSprache, siteSettings: siteSettings['de-x-ls'], reviewed: false },
  en: { leitbild: leitbildEn, siteSettings: siteSettings.en, reviewed: false },
  ar: { leitbild: leitbildAr, siteSettings: siteSettings.ar, reviewed: false },
  fa: { leitbild: leitbildFa, siteSettings: siteSettings.fa, reviewed: false },
  uk: { leitbild: leitbildUk, siteSettings: siteSettings.uk, reviewed: false },
  ru: { leitbild: leitbildRu, siteSettings: siteSettings.ru, reviewed: false },
  vi: { leitbild: leitbildVi, siteSettings: siteSettings.vi, reviewed: false },
  tr: { leitbild: leitbildTr, siteSettings: siteSettings.tr, reviewed: false },
}

/**
 * The Leitbild and site settings in every locale besides German, in the order of the locale
 * list. The seed writes them into the values, goals, working principles, partner groups and
 * both globals.
 */
export const translations: readonly Translation[] = localeCodes
  .filter((locale): locale is TranslatedLocale => locale !== 'de')
  .map((locale) => ({ locale, ...byLocale[locale] }))

/**
 * Locales whose Leitbild and site settings texts are machine or otherwise unchecked
 * translations: today every locale but German. The content model's per-locale translation
 * status ("needs review") starts from this list.
 */
export const uncheckedTranslations: readonly LocaleCode[] = translations.filter((t) => !t.reviewed).map((t) => t.locale)
