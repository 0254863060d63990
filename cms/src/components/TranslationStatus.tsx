import type { CollectionSlug, GlobalSlug, UIFieldServerProps } from 'payload'

import { documentLocaleStates } from '../translation/documentLocaleStates.ts'
import { describeState, stateClass, textFor } from './translationText.ts'
import './translation.css'

/**
 * In the edit view's sidebar: each language's translation and publication state, with a link
 * that opens the document in that language.
 */
export async function TranslationStatus({ id, collectionSlug, payload, i18n, ...props }: UIFieldServerProps & { globalSlug?: string }) {
  const globalSlug = props.globalSlug
  if (!id && !globalSlug) return null
  const t = textFor(i18n?.language)
  const states = await documentLocaleStates(
    payload,
    globalSlug ? { global: globalSlug as GlobalSlug } : { collection: collectionSlug as CollectionSlug, id: id! },
  )
  return (
    <div className="field-type translation-status">
      <strong>{t.title}</strong>
      <ul>
        {states.map((state) => (
          <li key={state.locale} className={`translation-state translation-state--${stateClass(state)}`} data-locale={state.locale} data-translation={state.translation} data-checked={state.checked} data-publication={state.publication}>
            <a href={`?locale=${state.locale}`} lang={state.locale}>
              {state.locale}
            </a>{' '}
            {describeState(state, t)}
          </li>
        ))}
      </ul>
    </div>
  )
}
