import type { ServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { textFor } from './translationText.ts'

/** A link to the translation overview in the admin's navigation. */
export function TranslationNavLink({ payload, i18n }: ServerProps) {
  return (
    <a className="nav__link" href={formatAdminURL({ adminRoute: payload.config.routes.admin, path: '/translations' })}>
      <span className="nav__link-label">{textFor(i18n?.language).overview}</span>
    </a>
  )
}
