import type { TranslationConfig } from '../env.ts'
import { translationProvider, type TranslationProvider } from './providers/index.ts'

/**
 * Machine translation's state: off, ready, or the provider's problem. `message` is for the log
 * (and, for a problem, the technical detail the admin shows after its own words).
 */
export type ProviderStatus = { state: 'off' | 'ready' | 'problem'; provider?: string; message: string }

const checkEveryMs = 60_000
// Kept on globalThis: the admin's server components and the API routes are bundled apart but
// share this process, and one check a minute is enough for both.
const cacheKey = Symbol.for('verband.translationProviderStatus')
type Cache = { at: number; status: Promise<ProviderStatus> }
const store = globalThis as unknown as Record<symbol, Cache | undefined>

const offMessage = 'Machine translation is off (TRANSLATION_PROVIDER).'

async function check(config: TranslationConfig, provider: TranslationProvider | undefined): Promise<ProviderStatus> {
  if (!provider) return config.provider === 'off' && config.problem ? { state: 'problem', message: `${config.problem}.` } : { state: 'off', message: offMessage }
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
