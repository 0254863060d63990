'use client'

import { useAuth, useTranslation } from '@payloadcms/ui'
import { isAdminLanguage } from '@verband/content-types/admin-languages'
import { useEffect, type ReactNode } from 'react'

/** Payload's language cookie (`<cookiePrefix>-lng`; this project keeps the default prefix). */
const languageCookie = 'payload-lng'

/**
 * Keeps a person's interface language with them. Payload keeps the choice in a cookie of this
 * browser; this stores it on their account (`users.adminLanguage`) too:
 * - a browser without the cookie (a new device, after clearing it) switches to the stored
 *   language as soon as they are logged in;
 * - otherwise the language this browser shows (their latest choice in the account view or on
 *   the login page, or for a new account the browser's `Accept-Language`) is stored.
 */
export function AdminLanguageSync({ children }: { children: ReactNode }) {
  const { user } = useAuth<{ id: number | string; adminLanguage?: string | null }>()
  const { i18n, switchLanguage } = useTranslation()

  useEffect(() => {
    if (!user) return
    const stored = user.adminLanguage
    const chosenHere = document.cookie.split(/;\s*/).some((entry) => entry.startsWith(`${languageCookie}=`))
    if (!chosenHere && isAdminLanguage(stored) && stored !== i18n.language) {
      void switchLanguage?.(stored)
    } else if (stored !== i18n.language && isAdminLanguage(i18n.language)) {
      void fetch(`/api/users/${user.id}`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ adminLanguage: i18n.language }),
      }).then((response) => {
        if (response.ok) user.adminLanguage = i18n.language
      })
    }
  }, [user, i18n.language, switchLanguage])

  return children
}
