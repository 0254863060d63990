import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server'

import { freePort } from './cmsServer.ts'

export type MailServer = {
  url: string
  /** Mails the server accepted (answered 250), in order. */
  mails: ParsedMail[]
  mailsTo: (address: string) => ParsedMail[]
  close: () => Promise<void>
}

export type MailServerOptions = {
  /**
   * Called with each received mail before the server answers; `hold` keeps the answer back
   * (the client waits) until the connection ends, so the mail is never accepted.
   */
  beforeAnswer?: (mail: ParsedMail, hold: () => void) => void | Promise<void>
}

/**
 * A real SMTP server on localhost (smtp-server), as the CMS's mail server. A mail counts as
 * delivered when the server has accepted it, as with a real mail server: one whose client
 * vanished before the answer is not delivered.
 */
export async function startMailServer(options: MailServerOptions = {}): Promise<MailServer> {
  const mails: ParsedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream: SMTPServerDataStream, _session: SMTPServerSession, callback: (error?: Error | null) => void) {
      simpleParser(stream).then(async (mail) => {
        let held = false
        await options.beforeAnswer?.(mail, () => (held = true))
        if (held) return
        mails.push(mail)
        callback()
      }, callback)
    },
  })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    mailsTo: (address) => mails.filter((mail) => mail.to && !Array.isArray(mail.to) && mail.to.value.some((entry) => entry.address === address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
