import type { TranslationConfig } from '../../env.ts'
import { deepLProvider } from './deepl.ts'
import { libreTranslateProvider } from './libreTranslate.ts'
import type { TranslationProvider } from './types.ts'

export { ProviderError, type GlossaryEntry, type TranslationProvider } from './types.ts'
export { batches } from './batches.ts'

/** The configured provider, or undefined when machine translation is off. */
export function translationProvider(config: TranslationConfig): TranslationProvider | undefined {
  if (config.provider === 'deepl') return deepLProvider(config)
  if (config.provider === 'libretranslate') return libreTranslateProvider(config)
  return undefined
}
