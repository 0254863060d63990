import { getLocale, machineTranslationLocales, type MachineTranslationLocale } from '@verband/content-types'
import { DeepLError, GlossaryEntries, Translator, type TargetLanguageCode } from 'deepl-node'

import { protectTerms } from './glossaryProtection.ts'
import { ProviderError, type GlossaryEntry, type TranslationProvider } from './types.ts'

/** DeepL distinguishes British and American English; the association writes British English. */
function deepLTarget(locale: MachineTranslationLocale): TargetLanguageCode {
  return (locale === 'en' ? 'en-GB' : locale) as TargetLanguageCode
}

function describe(error: unknown): string {
  if (error instanceof DeepLError) return `DeepL: ${error.message}`
  return `DeepL: ${error instanceof Error ? error.message : String(error)}`
}

/**
 * DeepL through its official client, with its XML tag handling for the inline tags. The client
 * retries 429 and 5xx answers with exponential backoff (from 1 s). Glossary terms go into a
 * DeepL glossary made for the request and deleted after it, where DeepL offers glossaries for
 * the language pair; otherwise they are protected as placeholders.
 */
export function deepLProvider(config: { apiKey: string; serverUrl?: string }): TranslationProvider {
  const translator = new Translator(config.apiKey, { serverUrl: config.serverUrl, maxRetries: 5, minTimeout: 10_000, sendPlatformInfo: false })
  let glossaryPairs: Promise<Set<string>> | undefined
  const supportsGlossary = async (target: string) => {
    glossaryPairs ??= translator
      .getGlossaryLanguagePairs()
      .then((pairs) => new Set(pairs.map((pair) => `${pair.sourceLang}>${pair.targetLang}`.toLowerCase())))
      .catch(() => new Set<string>())
    return (await glossaryPairs).has(`de>${target.slice(0, 2)}`.toLowerCase())
  }
  return {
    name: 'DeepL',
    // DeepL takes up to 50 texts and 128 KiB per request; tags and escapes count too.
    limits: { texts: 50, characters: 30_000 },
    async translate(texts, locale, glossary) {
      const target = deepLTarget(locale)
      const useGlossary = glossary.length > 0 && (await supportsGlossary(target))
      const protectedTexts = texts.map((text) => protectTerms(text, useGlossary ? [] : glossary))
      let created: string | undefined
      try {
        if (useGlossary) {
          const entries = Object.fromEntries(glossary.map((entry: GlossaryEntry) => [entry.term, entry.rendering]))
          created = (await translator.createGlossary(`verband-${locale}-${Date.now()}`, 'de', target, new GlossaryEntries({ entries }))).glossaryId
        }
        const results = await translator.translateText(
          protectedTexts.map((entry) => entry.text),
          'de',
          target,
          { tagHandling: 'xml', ...(created ? { glossary: created } : {}) },
        )
        return results.map((result, index) => protectedTexts[index]!.restore(result.text))
      } catch (error) {
        throw new ProviderError(describe(error))
      } finally {
        if (created) await translator.deleteGlossary(created).catch(() => undefined)
      }
    },
    async check() {
      try {
        await translator.getUsage()
        const targets = new Set((await translator.getTargetLanguages()).map((language) => language.code.toLowerCase()))
        const unsupported = machineTranslationLocales.filter((locale) => !targets.has(deepLTarget(locale).toLowerCase()))
        return unsupported.length > 0 ? `DeepL does not translate into ${unsupported.map((locale) => getLocale(locale).englishLabel).join(', ')}` : undefined
      } catch (error) {
        return describe(error)
      }
    },
  }
}
