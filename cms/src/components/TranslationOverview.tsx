import { isLocaleCode, leichteSpracheLocale, locales, needsWork } from '@verband/content-types'
import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { allDocumentRows } from '../translation/documentLocaleStates.ts'
import { describeState, stateClass, textFor } from './translationText.ts'
import './translation.css'

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
        <form method="get">
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
          <button type="submit" className="btn btn--style-secondary btn--size-small">
            {t.filter}
          </button>
        </form>
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
