import type { ProviderStatus } from '../translation/providerStatus.ts'
import type { TranslationText } from './translationText.ts'

/** Why machine translation cannot be used now, in the interface language (a provider's own error as it came). */
export function ProviderNotice({ provider, t }: { provider: ProviderStatus; t: TranslationText }) {
  if (provider.state === 'ready') return null
  return <p className="machine-translation__provider">{provider.state === 'off' ? t.providerOff : `${t.providerProblem} ${provider.message}`}</p>
}
