import { collectionSlugs, formKindLabels, getLocale, isLocaleCode, type FormSubmission } from '@verband/content-types'
import type { Payload } from 'payload'

import type { Env } from '../env.ts'

/**
 * The email to the editors about one submission: everything the visitor sent, as plain text
 * (nothing a visitor wrote is ever rendered as HTML), and a link to it in the admin, where it
 * gets answered and its status kept. A reply goes straight to the visitor when they gave an
 * address.
 */
export function notificationFor(submission: FormSubmission, adminUrl: string): { subject: string; text: string; replyTo?: string } {
  const form = formKindLabels[submission.form].de
  const language = isLocaleCode(submission.locale) ? `${getLocale(submission.locale).englishLabel} (${submission.locale})` : '–'
  const received = new Intl.DateTimeFormat('de', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(new Date(submission.createdAt))
  const lines = [
    `Neue Nachricht über das Formular „${form}“ der Website.`,
    '',
    `Eingegangen: ${received}`,
    `Sprache der Seite: ${language}`,
    ...(submission.form === 'accessibility-feedback' ? [`Seite: ${submission.pageUrl || '–'}`] : []),
    `Name: ${submission.name || '–'}`,
    `E-Mail: ${submission.email || '– (keine Antwort möglich)'}`,
    '',
    'Nachricht:',
    submission.message,
    '',
    `Im Admin ansehen und Status pflegen: ${adminUrl}`,
  ]
  return {
    subject: `Website – ${form}: ${submission.subject ?? ''}`.trim(),
    text: `${lines.join('\n')}\n`,
    replyTo: submission.email || undefined,
  }
}

/** Sends the notification when SMTP and recipients are configured; otherwise the submission just waits in the admin. */
export async function notifyEditors(payload: Payload, submission: FormSubmission, env: Env): Promise<void> {
  if (!env.smtp || env.forms.notifyTo.length === 0) return
  const adminUrl = `${env.cmsUrl}${payload.config.routes.admin}/collections/${collectionSlugs.formSubmissions}/${submission.id}`
  const { subject, text, replyTo } = notificationFor(submission, adminUrl)
  await payload.sendEmail({ to: env.forms.notifyTo, subject, text, replyTo })
}
