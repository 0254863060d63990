import { collectionSlugs, hasRole, locales } from '@verband/content-types'
import type { UIFieldServerProps } from 'payload'
import type { ReactNode } from 'react'

import { loadEnv } from '../env.ts'
import { PressTestMailButton } from './PressTestMailButton.tsx'
import { adminText } from './text/index.ts'

/**
 * In a press release's sidebar: whether it goes to the press list, and how its mails stand
 * (sent, in progress, failed), or why no mail is sent at all (no mail server configured).
 */
export async function PressMailingStatus({ id, data, payload, req }: UIFieldServerProps) {
  const { pressMailing: t } = adminText(req.i18n.language)
  // Editors try the mail on themselves before publishing (saved releases, with a mail server).
  const testMail =
    id && loadEnv().smtp && hasRole(req.user, 'admin', 'editor') ? (
      <PressTestMailButton
        releaseId={id}
        languages={locales.map((locale) => ({ code: locale.code, label: locale.label }))}
        text={{ testLanguage: t.testLanguage, testButton: t.testButton, testHint: t.testHint, testSent: t.testSent('{email}'), testFailed: t.testFailed }}
      />
    ) : null
  const section = (content: ReactNode) => (
    <section className="field-type press-mailing" style={{ marginBottom: 'var(--base)' }} aria-labelledby="press-mailing-heading">
      <h3 id="press-mailing-heading">{t.heading}</h3>
      {content}
      {testMail}
    </section>
  )
  const notSent = section(<p>{(data as { withoutMailing?: boolean } | undefined)?.withoutMailing ? t.withoutMailing : t.notYet}</p>)
  if (!loadEnv().smtp) return section(<p role="status">{t.noSmtp}</p>)
  if (!id) return notSent
  const count = async (statuses: string[]) =>
    (await payload.count({ collection: collectionSlugs.pressDeliveries, where: { and: [{ release: { equals: id } }, { status: { in: statuses } }] }, req, overrideAccess: true })).totalDocs
  const [sent, waiting, failed] = await Promise.all([count(['sent']), count(['queued', 'sending']), count(['failed'])])
  if (sent + waiting + failed === 0) return notSent
  return section(
    <>
      <dl>
        <dt>{t.sent}</dt>
        <dd data-count="sent">{sent}</dd>
        <dt>{t.waiting}</dt>
        <dd data-count="waiting">{waiting}</dd>
        <dt>{t.failed}</dt>
        <dd data-count="failed">{failed}</dd>
      </dl>
      <p>{t.list}</p>
    </>,
  )
}
