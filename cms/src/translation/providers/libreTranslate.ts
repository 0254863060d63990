import { machineTranslationLocales, type MachineTranslationLocale } from '@verband/content-types'

import { protectTerms } from './glossaryProtection.ts'
import { ProviderError, type TranslationProvider } from './types.ts'

const retryable = (status: number) => status === 429 || status >= 500

/** Waits before retry `attempt` (1, 2, …): 0.5 s, 1 s, 2 s, 4 s, with a little jitter. */
function backoff(attempt: number): Promise<void> {
  const delay = 500 * 2 ** (attempt - 1) * (0.9 + Math.random() * 0.2)
  return new Promise((resolve) => setTimeout(resolve, delay))
}

/**
 * LibreTranslate (self-hosted, open source) through its HTTP API: `POST /translate` with `q`
 * as a list and `format: "html"`, which keeps the inline tags. It has no glossaries, so the
 * glossary's terms are protected as placeholders. 429 and 5xx answers and network errors are
 * retried four times with exponential backoff.
 */
export function libreTranslateProvider(config: { url: string; apiKey?: string }): TranslationProvider {
  const request = async (path: string, init?: RequestInit): Promise<unknown> => {
    let lastProblem = ''
    for (let attempt = 0; attempt <= 4; attempt += 1) {
      if (attempt > 0) await backoff(attempt)
      let response: Response
      try {
        response = await fetch(`${config.url}${path}`, { ...init, signal: AbortSignal.timeout(60_000) })
      } catch (error) {
        lastProblem = `LibreTranslate at ${config.url} is not reachable (${error instanceof Error ? error.message : String(error)})`
        continue
      }
      const body = (await response.json().catch(() => ({}))) as { error?: string }
      if (response.ok) return body
      lastProblem = `LibreTranslate answered ${response.status}${body.error ? `: ${body.error}` : ''}`
      if (!retryable(response.status)) break
    }
    throw new ProviderError(lastProblem)
  }
  return {
    name: 'LibreTranslate',
    // LibreTranslate's own default has no limit; servers often set --char-limit, 5,000 is common.
    limits: { texts: 25, characters: 5_000 },
    async translate(texts, target: MachineTranslationLocale, glossary) {
      const protectedTexts = texts.map((text) => protectTerms(text, glossary))
      const body = (await request('/translate', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ q: protectedTexts.map((entry) => entry.text), source: 'de', target, format: 'html', ...(config.apiKey ? { api_key: config.apiKey } : {}) }),
      })) as { translatedText?: unknown }
      const translated = body.translatedText
      if (!Array.isArray(translated) || translated.length !== texts.length || !translated.every((text) => typeof text === 'string')) {
        throw new ProviderError(`LibreTranslate answered without ${texts.length} translated texts`)
      }
      return translated.map((text, index) => protectedTexts[index]!.restore(text as string))
    },
    async check() {
      try {
        const languages = (await request('/languages')) as Array<{ code?: string; targets?: string[] }>
        const german = Array.isArray(languages) ? languages.find((language) => language.code === 'de') : undefined
        if (!german) return `LibreTranslate at ${config.url} does not translate from German`
        const missing = machineTranslationLocales.filter((code) => german.targets && !german.targets.includes(code))
        return missing.length > 0 ? `LibreTranslate at ${config.url} does not translate German into ${missing.join(', ')}` : undefined
      } catch (error) {
        return error instanceof Error ? error.message : String(error)
      }
    },
  }
}
