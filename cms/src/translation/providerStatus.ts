import type { TranslationConfig } from '../env.ts'
import { translationProvider, type TranslationProvider } from './providers/index.ts'

/**
 * Machine translation's state: off, ready, or the provider's problem. `message` is for the log
 * and the API's answers; the admin says "off" in its own words and shows a problem's message
 * as technical detail after them (ProviderNotice).
 */
export type ProviderStatus = { state: 'off' | 'ready' | 'problem'; provider?: string; message: string }

const checkEveryMs = 60_000
// Kept on globalThis: the admin's server components and the API routes are bundled apart but
// share this process, and one check a minute is enough for both.
const cacheKey = Symbol.for('verband.translationProviderStatus')
type Cache = { at: number; status: Promise<ProviderStatus> }
const store = globalThis as unknown as Record<symbol, Cache | undefined>

const offMessage =
  'Maschinelle Übersetzung ist aus. Zum Einschalten TRANSLATION_PROVIDER=deepl (mit DEEPL_API_KEY) oder =libretranslate (mit LIBRETRANSLATE_URL) setzen, siehe .env.example und README.'

async function check(config: TranslationConfig, provider: TranslationProvider | undefined): Promise<ProviderStatus> {
  if (!provider) return config.provider === 'off' && config.problem ? { state: 'problem', message: `${config.problem}. ${offMessage}` } : { state: 'off', message: offMessage }
  const problem = await provider.check()
  return problem ? { state: 'problem', provider: provider.name, message: problem } : { state: 'ready', provider: provider.name, message: `${provider.name} ist bereit.` }
}

/** The provider's status, checked at most once a minute (a failed check is retried sooner by the next caller). */
export function providerStatus(config: TranslationConfig): Promise<ProviderStatus> {
  const cached = store[cacheKey]
  if (cached && Date.now() - cached.at < checkEveryMs) return cached.status
  const status = check(config, translationProvider(config))
  store[cacheKey] = { at: Date.now(), status }
  return status
}
