/**
 * Languages a member organisation can work in, as ISO 639 codes. The website names each in
 * the reader's language with `Intl.DisplayNames`, so no translation table is needed.
 */
export const workingLanguages = [
  'de', 'en', 'ar', 'fa', 'prs', 'ps', 'ku', 'tr', 'uk', 'ru', 'pl', 'cs', 'vi', 'zh', 'es', 'fr', 'pt', 'it', 'ro', 'bg',
  'sq', 'sr', 'hr', 'bs', 'el', 'ka', 'hy', 'az', 'ti', 'am', 'so', 'sw', 'ha', 'yo', 'ur', 'hi', 'bn', 'ta', 'ko', 'ja',
] as const

export type WorkingLanguage = (typeof workingLanguages)[number]

/** German names for the admin (the admin's select shows these; the site names them per locale). */
export function germanLanguageName(code: string): string {
  return new Intl.DisplayNames(['de'], { type: 'language' }).of(code) ?? code
}
