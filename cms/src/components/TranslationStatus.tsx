import {
  documentSegments,
  editableTagged,
  getLocale,
  isLocaleCode,
  isMachineTranslationLocale,
  leichteSpracheLocale,
  matchMemory,
  plainText,
  type ChangedSegment,
  type LocaleCode,
  type LocaleState,
} from '@verband/content-types'
import type { CollectionSlug, GlobalSlug, Payload, UIFieldServerProps } from 'payload'

import { loadEnv } from '../env.ts'
import { documentLocaleStates } from '../translation/documentLocaleStates.ts'
import { providerStatus, type ProviderStatus } from '../translation/providerStatus.ts'
import { loadForTranslation, type TranslationTarget } from '../translation/translationDocument.ts'
import { MachineTranslateButton, MachineTranslationNotice } from './MachineTranslateButton.tsx'
import { GermanChange } from './GermanChange.tsx'
import { ProviderNotice } from './ProviderNotice.tsx'
import { SegmentEditor } from './SegmentEditor.tsx'
import { describeState, stateClass, textFor, type TranslationText } from './translationText.ts'
import './translation.css'

type Changed = ChangedSegment & { label: string }
/** An outdated language's changed German segments, out of how many the document has. */
type Changes = { segments: Changed[]; total: number }

/** The German segments that changed since an outdated language was translated, with their field's label. */
async function changesOf(payload: Payload, target: TranslationTarget, locale: LocaleCode): Promise<Changes> {
  const doc = await loadForTranslation(payload, target, locale)
  const segments = matchMemory(doc.fields, doc.german, doc.translation, doc.memory).changed.map((segment) => ({
    ...segment,
    label: doc.fields.find((field) => field.name === segment.field)?.label ?? segment.field,
  }))
  return { segments, total: documentSegments(doc.fields, doc.german).length }
}

/**
 * The review of an outdated language: each changed German segment with its change marked,
 * beside the current translation, which can be edited in place where the language is
 * translated from German (Leichte Sprache is written in its own fields). Open in the language
 * being edited: that is what its translator came for.
 */
function ChangedSegments({ changes, locale, target, open, t }: { changes: Changes; locale: LocaleCode; target: TranslationTarget; open: boolean; t: TranslationText }) {
  const { segments, total } = changes
  return (
    <details className="translation-changes" open={open || undefined}>
      <summary>{t.changedSegments(segments.length, total)}</summary>
      <ol>
        {segments.map((segment) => (
          <li key={segment.key} data-segment={segment.key}>
            <strong>{segment.label}</strong>
            <dl>
              <dt>{segment.before === undefined ? t.germanNow : `${t.germanBefore} → ${t.germanNow}`}</dt>
              <dd lang="de" className="translation-changes__german">
                <GermanChange before={segment.before} after={segment.after} t={t} />
              </dd>
              {isMachineTranslationLocale(locale) ? (
                <dd>
                  <SegmentEditor target={toMachineTarget(target)} locale={locale} segmentKey={segment.key} source={segment.after} initial={editableTagged(segment.current ?? '')} />
                </dd>
              ) : (
                <>
                  <dt>{t.currentTranslation}</dt>
                  <dd className="translation-changes__current" lang={locale} dir="auto">
                    {segment.current === undefined ? t.noTranslation : plainText(segment.current)}
                  </dd>
                </>
              )}
            </dl>
          </li>
        ))}
      </ol>
    </details>
  )
}

/** The button for the language being edited, the reason when it cannot work, or the Leichte Sprache note. */
function CurrentLanguage({ locale, target, provider, t }: { locale: LocaleCode; target: TranslationTarget; provider: ProviderStatus; t: TranslationText }) {
  if (locale === leichteSpracheLocale) {
    return <p className="machine-translation machine-translation--leichte-sprache">{t.leichteSprache}</p>
  }
  if (!isMachineTranslationLocale(locale)) return null
  return (
    <div className="machine-translation" data-provider-state={provider.state}>
      <MachineTranslateButton target={toMachineTarget(target)} locale={locale} disabled={provider.state !== 'ready'} />
      <ProviderNotice provider={provider} t={t} />
      <p className="machine-translation__xliff">
        <a href={xliffExportUrl(target, locale)} download>
          {t.xliffExportDocument}
        </a>
      </p>
    </div>
  )
}

/** The document's XLIFF in one language, for a translation agency or a CAT tool. */
function xliffExportUrl(target: TranslationTarget, locale: LocaleCode): string {
  const params = new URLSearchParams({ locale, ...('global' in target ? { global: target.global } : { collection: target.collection, ids: String(target.id) }) })
  return `/api/translation/xliff?${params}`
}

const toMachineTarget = (target: TranslationTarget) => ('global' in target ? { global: target.global } : { collection: target.collection, id: target.id })

/**
 * In the edit view's sidebar: each language's translation and publication state, with a link
 * that opens the document in that language; for an outdated language, which German segments
 * changed. The language being edited gets the machine translation button ("Aus dem Deutschen
 * übersetzen"); in German, each missing or outdated language gets one in the list.
 */
export async function TranslationStatus({ id, collectionSlug, payload, i18n, req, ...props }: UIFieldServerProps & { globalSlug?: string }) {
  const globalSlug = props.globalSlug
  if (!id && !globalSlug) return null
  const t = textFor(i18n?.language)
  const target: TranslationTarget = globalSlug ? { global: globalSlug as GlobalSlug } : { collection: collectionSlug as CollectionSlug, id: id! }
  const states = await documentLocaleStates(payload, target)
  const editing = isLocaleCode(req?.locale) ? req.locale : undefined
  const provider = await providerStatus(loadEnv().translation)
  const changed = new Map<LocaleCode, Changes>()
  for (const state of states) {
    if (state.translation === 'outdated' && state.changedSegments) changed.set(state.locale, await changesOf(payload, target, state.locale))
  }
  const inList = (state: LocaleState) => editing === 'de' && isMachineTranslationLocale(state.locale) && (state.translation === 'missing' || state.translation === 'outdated')

  return (
    <div className="field-type translation-status">
      <strong>{t.title}</strong>
      <MachineTranslationNotice />
      {editing && <CurrentLanguage locale={editing} target={target} provider={provider} t={t} />}
      {editing === 'de' && states.some(inList) && <ProviderNotice provider={provider} t={t} />}
      <ul>
        {states.map((state) => (
          <li
            key={state.locale}
            className={`translation-state translation-state--${stateClass(state)}`}
            data-locale={state.locale}
            data-translation={state.translation}
            data-checked={state.checked}
            data-machine={state.machine}
            data-publication={state.publication}
            aria-current={state.locale === editing ? 'true' : undefined}
          >
            <a href={`?locale=${state.locale}`} lang={state.locale} title={getLocale(state.locale).label}>
              {state.locale}
            </a>{' '}
            <span className="translation-state__text">
              {describeState(state, t)}
              {inList(state) && (
                <MachineTranslateButton
                  target={toMachineTarget(target)}
                  locale={state.locale}
                  label={t.translateShort}
                  ariaLabel={`${t.translate} (${state.locale})`}
                  disabled={provider.state !== 'ready'}
                  compact
                />
              )}
            </span>
            {changed.get(state.locale)?.segments.length ? (
              <ChangedSegments changes={changed.get(state.locale)!} locale={state.locale} target={target} open={state.locale === editing} t={t} />
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  )
}
