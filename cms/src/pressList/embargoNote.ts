import { defaultLocale, documentPagePath, getLocale, type LocaleCode } from '@verband/content-types'

import { escapeHtml } from './page.ts'
import { formatMoment, htmlLink, mailFooter, mailLocale, unsubscribeHeaders, type LocalizedRelease, type MailLinks, type MailRecipient, type ReleaseMail } from './releaseMail.ts'
import { pressListTexts } from './text/index.ts'

/**
 * A short note to a journalist who had a release ahead of its embargo: the embargo moved (with
 * the new end, and the personal link, which keeps working), lifted (the release may be
 * published now), the release withdrawn (not to be published; the link no longer works), or,
 * if they asked for it, the embargo ended (with the release's page on the website).
 * It is in the subscriber's first language and names the release by its title in the language
 * they received it in.
 */
export function embargoNoteMail(
  /** A correction names the new end (`until`), or none for a lifted embargo. */
  { kind, until }: { kind: 'correction' | 'withdrawal' | 'public'; until?: string | null },
  release: LocalizedRelease,
  recipient: MailRecipient,
  association: Partial<Record<LocaleCode, string | null>>,
  from: { address: string },
  links: MailLinks,
  personalLink: string,
  deliveryKey: string,
): ReleaseMail {
  const language = recipient.languages[0] ?? defaultLocale
  const t = pressListTexts[language]
  const titleLocale = mailLocale(release, recipient.languages)
  const title = release.title[titleLocale] || release.title[defaultLocale] || ''
  const name = association[language] || association[defaultLocale] || ''
  const footer = mailFooter(t.release, name, links)
  const moved = kind === 'correction' ? until : undefined
  const [prefix, note] =
    kind === 'withdrawal'
      ? [t.embargoNote.withdrawnSubject, t.embargoNote.withdrawnText]
      : kind === 'public'
        ? [t.embargoNote.publicSubject, t.embargoNote.publicText]
        : moved
          ? [t.embargoNote.movedSubject(formatMoment(moved, language)), t.embargoNote.movedText(formatMoment(moved, language))]
          : [t.embargoNote.liftedSubject, t.embargoNote.liftedText]
  // A correction keeps the personal link; once public, the website's page is the link.
  const noteLink =
    kind === 'correction'
      ? { href: personalLink, label: t.release.personalLink }
      : kind === 'public'
        ? { href: new URL(documentPagePath(getLocale(titleLocale).path, 'press-releases', release.slug)!, links.siteUrl).href, label: t.release.onWebsite }
        : undefined

  const text = [
    note,
    ...(noteLink ? [`${noteLink.label}: ${noteLink.href}`] : []),
    '',
    `${name} · ${t.release.kind}`,
    title,
    '',
    ...footer.text,
  ].join('\n')
  const { code, dir } = getLocale(language)
  const html = `<!doctype html>
<html lang="${code}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(prefix)}</title></head>
<body style="font-family:sans-serif;line-height:1.5;max-width:40em">
<p style="padding:8px;border:2px solid #b42318"><strong>${escapeHtml(note)}</strong>${noteLink ? `<br>${htmlLink(noteLink.href, noteLink.label)}` : ''}</p>
<p>${escapeHtml(name)} · ${escapeHtml(t.release.kind)}</p>
<p lang="${getLocale(titleLocale).code}" dir="${getLocale(titleLocale).dir}"><strong>${escapeHtml(title)}</strong></p>
${footer.html}
</body>
</html>
`
  const domain = from.address.split('@')[1] ?? 'localhost'
  return {
    locale: language,
    to: { name: recipient.name, address: recipient.email },
    subject: `${prefix}: ${title}`,
    text,
    html,
    // One per note (a correction per new end): a repeated attempt is shown once.
    messageId: `<press-note-${deliveryKey.replace(/[^A-Za-z0-9-]/g, '.')}@${domain}>`,
    headers: unsubscribeHeaders(links),
  }
}
