import { defaultLocale, getLocale, type LocaleCode } from '@verband/content-types/locales'
import i18next from 'i18next'

import ar from './ui/ar.json'
import deLs from './ui/de-x-ls.json'
import de from './ui/de.json'
import en from './ui/en.json'
import fa from './ui/fa.json'
import ru from './ui/ru.json'
import tr from './ui/tr.json'
import uk from './ui/uk.json'
import vi from './ui/vi.json'

/** Every UI string, by key, as in the German reference file. */
export type UiKey = keyof typeof de

/**
 * UI strings: one JSON file of flat dotted keys per locale. The record type makes a missing
 * locale file a type error; the i18n test checks every file has exactly the German keys.
 */
export const uiStrings: Record<LocaleCode, Record<UiKey, string>> = {
  de,
  'de-x-ls': deLs,
  en,
  ar,
  fa,
  uk,
  ru,
  vi,
  tr,
}

const i18n = i18next.createInstance()
void i18n.init({
  resources: Object.fromEntries(Object.entries(uiStrings).map(([code, strings]) => [code, { translation: strings }])),
  lng: defaultLocale,
  fallbackLng: defaultLocale,
  // Keys contain dots but are flat: no nesting, no separators.
  keySeparator: false,
  nsSeparator: false,
  // Astro escapes on output; escaping here would double it.
  interpolation: { escapeValue: false },
  initAsync: false,
})

export type Translate = (key: UiKey, values?: Record<string, string | number>) => string

export function translator(locale: LocaleCode): Translate {
  const t = i18n.getFixedT(locale)
  return (key, values) => t(key, values ?? {})
}

/** The `Intl` locale for dates and numbers: Leichte Sprache formats like German. */
export function intlLocale(locale: LocaleCode): string {
  return locale === 'de-x-ls' ? 'de' : getLocale(locale).code
}

// Making a formatter costs far more than using one: a list of a thousand stories formats a thousand dates.
const dateFormats = new Map<LocaleCode, Intl.DateTimeFormat>()

export function formatDate(iso: string, locale: LocaleCode): string {
  let format = dateFormats.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'Europe/Berlin' })
    dateFormats.set(locale, format)
  }
  return format.format(new Date(iso))
}

/** Date and time, for embargoes: journalists need the hour, in Saxony's time zone. */
export function formatDateTime(iso: string, locale: LocaleCode): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Berlin',
    timeZoneName: 'short',
  }).format(new Date(iso))
}

/** A language's name in the reader's language (member organisations' working languages). */
export function languageName(code: string, locale: LocaleCode): string {
  return new Intl.DisplayNames([intlLocale(locale)], { type: 'language', fallback: 'code' }).of(code) ?? code
}
