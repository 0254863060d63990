import type { DefaultServerCellComponentProps } from 'payload'

import { documentLocaleStates } from '../translation/documentLocaleStates.ts'
import { describeState, stateClass, textFor } from './translationText.ts'
import './translation.css'

/** In list views: one badge per language; what needs work stands out, the words are in the tooltip and for screen readers. */
export async function TranslationCell({ rowData, collectionSlug, payload, i18n }: DefaultServerCellComponentProps) {
  if (!rowData?.id) return null
  const t = textFor(i18n?.language)
  const states = await documentLocaleStates(payload, { collection: collectionSlug, id: rowData.id as number | string })
  return (
    <span className="translation-badges">
      {states
        .filter((state) => state.translation !== 'source')
        .map((state) => (
          <abbr key={state.locale} className={`translation-badge translation-badge--${stateClass(state)}`} title={`${state.locale}: ${describeState(state, t)}`} data-locale={state.locale} data-translation={state.translation}>
            {state.locale}
          </abbr>
        ))}
    </span>
  )
}
