'use client'

import { useTranslation } from '@payloadcms/ui'
import { adminLanguages } from '@verband/content-types/admin-languages'
import { getLocale } from '@verband/content-types/locales'

/**
 * On the login page: the interface language, before anyone is logged in. Each language in its
 * own name, so a person finds theirs whatever the page shows now. Payload keeps the choice in
 * its language cookie; after login it is stored on the account (AdminLanguageSync).
 */
export function LoginLanguage() {
  const { i18n, switchLanguage } = useTranslation()
  return (
    <div className="login-language" style={{ marginBottom: 'var(--base)' }}>
      <label htmlFor="login-language">{i18n.t('general:language')}</label>{' '}
      <select id="login-language" value={i18n.language} onChange={(event) => void switchLanguage?.(event.target.value as never)}>
        {adminLanguages.map((code) => (
          <option key={code} value={code} lang={code}>
            {getLocale(code).label}
          </option>
        ))}
      </select>
    </div>
  )
}
