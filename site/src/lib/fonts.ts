import type { LocaleCode } from '@verband/content-types/locales'

import arabic from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url'
import cyrillic from '@fontsource-variable/noto-sans/files/noto-sans-cyrillic-wght-normal.woff2?url'
import latin from '@fontsource-variable/noto-sans/files/noto-sans-latin-wght-normal.woff2?url'
import vietnamese from '@fontsource-variable/noto-sans/files/noto-sans-vietnamese-wght-normal.woff2?url'

/**
 * The font files each language needs for its first screen, preloaded so text does not
 * jump when the web font arrives. Every page has Latin (names, navigation of German
 * fallback text); other scripts come with their languages. The stylesheet's unicode-range
 * rules still load anything else a page turns out to need.
 */
const scriptFonts: Partial<Record<LocaleCode, string[]>> = {
  ar: [arabic],
  fa: [arabic],
  uk: [cyrillic],
  ru: [cyrillic],
  vi: [vietnamese],
}

export function fontsToPreload(locale: LocaleCode): string[] {
  return [latin, ...(scriptFonts[locale] ?? [])]
}
