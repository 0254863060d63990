import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

import type { Env } from './env.ts'

/** The start-up log's line about email: where it goes, or that none is sent and why. */
export function emailSetupSummary(env: Pick<Env, 'smtp' | 'forms'>): string {
  if (!env.smtp) {
    return 'Email: not configured (no SMTP_URL). No email is sent: form submissions wait in the admin under "Formular-Nachrichten", forgotten passwords are reset by an admin.'
  }
  const recipients = env.forms.notifyTo.length > 0 ? `form submissions are sent to ${env.forms.notifyTo.join(', ')}` : 'FORMS_NOTIFY_TO is not set, so form submissions wait in the admin without notification'
  return `Email: SMTP via ${env.smtp.host}, sender ${env.smtp.from.address}; ${recipients}.`
}

/**
 * Payload's email adapter, always one of ours: SMTP through Nodemailer when SMTP_URL is set,
 * otherwise one that sends nothing and says so in the log (instead of Payload's console
 * adapter and its warning). Our own few lines rather than @payloadcms/email-nodemailer, which
 * is not published for this Payload version.
 */
export function emailAdapter(env: Env): EmailAdapter {
  return ({ payload }) => {
    // `next build` loads the configuration without serving anything: nothing to report then.
    const serving = process.env.NEXT_PHASE !== 'phase-production-build'
    if (serving) payload.logger.info(emailSetupSummary(env))
    if (!env.smtp) {
      return {
        name: 'none',
        defaultFromAddress: 'cms@localhost',
        defaultFromName: 'Verband CMS',
        sendEmail: async (message) => {
          payload.logger.warn(`Email not sent (no SMTP_URL configured): "${String(message.subject ?? '')}"`)
        },
      }
    }
    const { url, from } = env.smtp
    // Bounded waits: a mail server that stalls fails the attempt (to be retried) well within
    // the press list's claim on a delivery (pressList/delivery.ts), instead of Nodemailer's
    // default ten minutes.
    const transport = nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 })
    if (serving) {
      // A wrong password or host shows at start, not only when the first visitor writes.
      transport.verify().catch((error: Error) => payload.logger.error(`Email: the SMTP server at ${env.smtp?.host} refuses or cannot be reached: ${error.message}`))
    }
    return {
      name: 'smtp',
      defaultFromAddress: from.address,
      defaultFromName: from.name,
      sendEmail: (message) => transport.sendMail({ ...message, from: message.from ?? { name: from.name, address: from.address } }),
    }
  }
}
