import { collectionSlugs, isLocaleCode, isMachineTranslationLocale, leichteSpracheLocale, locales, needsWork, type MachineTranslationLocale } from '@verband/content-types'
import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { loadEnv } from '../env.ts'
import { allDocumentRows, type DocumentRow } from '../translation/documentLocaleStates.ts'
import { providerStatus } from '../translation/providerStatus.ts'
import { TranslateMissingButton, type MissingRow } from './TranslateMissingButton.tsx'
import { ProviderNotice } from './ProviderNotice.tsx'
import { describeState, stateClass, textFor, type TranslationText } from './translationText.ts'
import { XliffImportForm } from './XliffImportForm.tsx'
import './translation.css'

/** The rows whose chosen language is missing or outdated: what "translate all" sends, one by one. */
function missingOrOutdated(rows: DocumentRow[], locale: MachineTranslationLocale, adminRoute: string): MissingRow[] {
  return rows
    .filter((row) => row.states.some((state) => state.locale === locale && (state.translation === 'missing' || state.translation === 'outdated')))
    .map((row) => ({
      key: `${row.entity}:${row.id ?? ''}`,
      title: row.title,
      href: `${formatAdminURL({ adminRoute, path: row.editPath as `/${string}` })}?locale=${locale}`,
      target: row.id === undefined ? { global: row.entity } : { collection: row.entity, id: row.id },
    }))
}

/** With one language chosen: machine translation of what is missing or outdated, XLIFF out and in, the glossary. */
async function LanguageTools({ locale, rows, adminRoute, t }: { locale: MachineTranslationLocale; rows: DocumentRow[]; adminRoute: string; t: TranslationText }) {
  const provider = await providerStatus(loadEnv().translation)
  const language = t.languageAfterIns[locale]
  return (
    <section className="translation-tools" aria-label={t.machineHeading} data-locale={locale}>
      <div className="translation-tools__group" data-provider-state={provider.state}>
        <h2>{t.machineHeading}</h2>
        <TranslateMissingButton locale={locale} language={language} rows={missingOrOutdated(rows, locale, adminRoute)} disabled={provider.state !== 'ready'} />
        <ProviderNotice provider={provider} t={t} />
        <p>
          <a href={formatAdminURL({ adminRoute, path: `/collections/${collectionSlugs.glossaryTerms}` })}>{t.glossary}</a>
        </p>
      </div>
      <div className="translation-tools__group">
        <h2>{t.xliffHeading}</h2>
        <p>
          <a className="btn btn--style-secondary btn--size-small btn--no-margin" href={`/api/translation/xliff?locale=${locale}`} download>
            {t.xliffExport}
          </a>
        </p>
        <XliffImportForm locale={locale} />
      </div>
    </section>
  )
}

/**
 * The translation overview (`/admin/translations`): documents × languages. Translators pick
 * their language and "only what needs work" (missing, outdated or unchecked); each cell links
 * to the document in that language. Staff only: custom admin views are not protected by
 * Payload, so the view checks the login itself.
 */
export async function TranslationOverview(props: AdminViewServerProps) {
  const { initPageResult, searchParams, payload, i18n } = props
  const { req, visibleEntities, permissions, locale } = initPageResult
  const t = textFor(i18n.language)
  if (!req.user) {
    return <p>{i18n.language === 'en' ? 'Please log in.' : 'Bitte melden Sie sich an.'}</p>
  }
  const chosen = typeof searchParams?.language === 'string' && isLocaleCode(searchParams.language) ? searchParams.language : undefined
  const onlyWork = searchParams?.work === '1'
  const columns = locales.filter((entry) => entry.code !== 'de' && (!chosen || entry.code === chosen))
  const rows = (await allDocumentRows(payload))
    .map((row) => ({ ...row, states: row.states.filter((state) => columns.some((column) => column.code === state.locale)) }))
    .filter((row) => !onlyWork || row.states.some(needsWork))
  const adminRoute = payload.config.routes.admin

  return (
    <DefaultTemplate
      i18n={i18n}
      locale={locale}
      params={props.params}
      payload={payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user}
      visibleEntities={visibleEntities}
    >
      <div className="gutter--left gutter--right translation-overview">
        <h1>{t.overview}</h1>
        <p>{t.intro}</p>
        <form method="get" className="translation-filter">
          <label>
            {t.language}
            <br />
            <select name="language" defaultValue={chosen ?? ''}>
              <option value="">{t.allLanguages}</option>
              {locales
                .filter((entry) => entry.code !== 'de')
                .map((entry) => (
                  <option key={entry.code} value={entry.code}>
                    {entry.label}
                  </option>
                ))}
            </select>
          </label>
          <label>
            <input type="checkbox" name="work" value="1" defaultChecked={onlyWork} /> {t.onlyWork}
          </label>
          <button type="submit" className="btn btn--style-secondary btn--size-small btn--no-margin">
            {t.filter}
          </button>
        </form>
        {chosen && isMachineTranslationLocale(chosen) && <LanguageTools locale={chosen} rows={rows} adminRoute={adminRoute} t={t} />}
        {rows.length === 0 ? (
          <p>{t.nothing}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t.document}</th>
                {columns.map((column) => (
                  <th key={column.code} scope="col" lang={column.code}>
                    {column.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.entity}:${row.id ?? ''}`} data-entity={row.entity}>
                  <th scope="row">
                    <a href={formatAdminURL({ adminRoute, path: row.editPath as `/${string}` })}>{row.title}</a>
                    <br />
                    <small>{row.entity}</small>
                  </th>
                  {row.states.map((state) => (
                    <td key={state.locale} className={`translation-state translation-state--${stateClass(state)}`} data-locale={state.locale} data-translation={state.translation} data-checked={state.checked}>
                      <a href={`${formatAdminURL({ adminRoute, path: row.editPath as `/${string}` })}?locale=${state.locale}`}>{describeState(state, t)}</a>
                      {state.locale === leichteSpracheLocale && row.leichteSpracheHints > 0 && (
                        <small className="leichte-sprache-count" data-hints={row.leichteSpracheHints}>
                          <br />
                          {t.hints(row.leichteSpracheHints)}
                        </small>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </DefaultTemplate>
  )
}
