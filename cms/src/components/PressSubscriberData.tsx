import { hasRole } from '@verband/content-types'
import type { UIFieldServerProps } from 'payload'

import { EraseSubscriberButton } from './EraseSubscriberButton.tsx'
import { adminText } from './text/index.ts'

/**
 * In a press list entry's sidebar, for editors: everything about the person as one JSON file
 * (access, Art. 15 GDPR), and erasing it all (Art. 17), after a confirmation.
 */
export function PressSubscriberData({ id, data, req }: UIFieldServerProps) {
  if (!id || !hasRole(req.user, 'admin', 'editor')) return null
  const t = adminText(req.i18n.language).pressSubscriber
  const email = String((data as { email?: string } | undefined)?.email ?? '')
  return (
    <section className="field-type press-subscriber-data" style={{ marginBottom: 'var(--base)' }} aria-labelledby="press-subscriber-data-heading">
      <h3 id="press-subscriber-data-heading">{t.heading}</h3>
      <p className="field-description">{t.hint}</p>
      <p>
        <a href={`/api/press-subscribers/${id}/data`} download>
          {t.download}
        </a>
      </p>
      <EraseSubscriberButton id={id} email={email} text={{ erase: t.erase, confirm: t.eraseConfirm(email), failed: t.eraseFailed }} />
    </section>
  )
}
