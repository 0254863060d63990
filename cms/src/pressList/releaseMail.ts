import { convertLexicalToHTML, defaultHTMLConverters, LinkHTMLConverter } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import { defaultLocale, documentPagePath, getLocale, releaseFilePath, type LocaleCode } from '@verband/content-types'

import { embargoPartLink } from './links.ts'
import { escapeHtml } from './page.ts'
import type { PressListText } from './text/de.ts'
import { pressListTexts } from './text/index.ts'

/**
 * A press release as one subscriber gets it by mail: in the first of their languages the
 * release is written in, else in German with a line in their first language saying so; a
 * plain-text part and an HTML part with the same content; the links to the release's page,
 * PDF and ZIP on the website; and the unsubscribe headers of RFC 2369 and RFC 8058. Sent
 * ahead of its embargo, it says so in the subject and first line, with the embargo's end
 * written out in Berlin time, and links the subscriber's personal link instead of the website.
 */

type Localized<T> = Partial<Record<LocaleCode, T | null>>
type RichTextValue = { root: { children?: unknown[] } }

/** A published release read with `locale: 'all'` and its contacts populated. */
export type LocalizedRelease = {
  id: number | string
  slug: string
  releaseDate: string
  title: Localized<string>
  subtitle?: Localized<string> | null
  place: Localized<string>
  body: Localized<RichTextValue>
  contacts?: Array<number | string | { name: string; role?: Localized<string> | null; email: string; phone?: string | null }> | null
}

export type MailRecipient = { id: number | string; email: string; name: string; languages: readonly LocaleCode[] }

export type ReleaseMail = {
  locale: LocaleCode
  to: { name: string; address: string }
  subject: string
  text: string
  html: string
  messageId: string
  headers: Record<string, string>
}

export type MailLinks = { siteUrl: string; manage: string; unsubscribe: string }

export const htmlLink = (href: string, label: string) => `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`

/** The foot of every press list mail, as text lines and as HTML: why it came, and how to change or end that. */
export function mailFooter(t: PressListText['release'], association: string, links: MailLinks): { text: string[]; html: string } {
  return {
    text: ['-- ', t.why(association), `${t.manage}: ${links.manage}`, `${t.unsubscribe}: ${links.unsubscribe}`, ''],
    html: `<hr>\n<p><small>${escapeHtml(t.why(association))} ${htmlLink(links.manage, t.manage)} · ${htmlLink(links.unsubscribe, t.unsubscribe)}</small></p>`,
  }
}

/** Unsubscribing from the mail client (RFC 2369), in one click without a page (RFC 8058). */
export function unsubscribeHeaders(links: MailLinks): Record<string, string> {
  return { 'List-Unsubscribe': `<${links.unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
}

/**
 * A release sent ahead of its embargo: when it ends, the subscriber's personal link, and what
 * else to list beside the PDF and the ZIP through that link (the page lists each attachment).
 */
export type Ahead = { until: string; link: string; files?: Array<{ href: string; label: string }> }

function hasText(value: unknown): boolean {
  if (typeof value === 'string') return value.trim().length > 0
  if (value && typeof value === 'object' && 'root' in value) return convertLexicalToPlaintext({ data: value as never }).trim().length > 0
  return false
}

/** The locales a release is written in: German, and every locale whose title and text are its own. */
export function releaseLocales(release: LocalizedRelease): LocaleCode[] {
  const codes = Object.keys(release.title) as LocaleCode[]
  return [defaultLocale, ...codes.filter((code) => code !== defaultLocale && hasText(release.title[code]) && hasText(release.body[code]))]
}

/** The subscriber's first language the release is written in, or German. */
export function mailLocale(release: LocalizedRelease, languages: readonly LocaleCode[]): LocaleCode {
  const written = new Set(releaseLocales(release))
  return languages.find((code) => written.has(code)) ?? defaultLocale
}

/** Dates as the website writes them: Leichte Sprache like German, always Berlin time. */
function formatDate(iso: string, locale: LocaleCode): string {
  return new Intl.DateTimeFormat(locale === 'de-x-ls' ? 'de' : locale, { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(new Date(iso))
}

/** An embargo's end as journalists need it: weekday, date and time, in Berlin time, with the zone named. */
export function formatMoment(iso: string, locale: LocaleCode): string {
  return new Intl.DateTimeFormat(locale === 'de-x-ls' ? 'de' : locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone: 'Europe/Berlin',
  }).format(new Date(iso))
}

/** Links inside the text lead to the pages of the mail's language on the website. */
function bodyHtml(body: RichTextValue, locale: LocaleCode, siteUrl: string): string {
  const localePath = getLocale(locale).path
  return convertLexicalToHTML({
    data: body as never,
    disableContainer: true,
    // Alignment would be physical (left/right) and break right-to-left mails.
    disableTextAlign: true,
    converters: {
      ...defaultHTMLConverters,
      ...LinkHTMLConverter({
        internalDocToHref: ({ linkNode }) => {
          const { relationTo, value } = linkNode.fields.doc ?? {}
          const slug = typeof value === 'object' && value !== null ? (value as { slug?: string }).slug : undefined
          const path = slug && relationTo ? documentPagePath(localePath, relationTo, slug) : undefined
          return new URL(path ?? `/${localePath}/`, siteUrl).href
        },
      }),
    },
  })
}

/** The release as one subscriber reads it: the mail's subject, text and HTML (also the page a personal link opens). */
export type ReleaseContent = Pick<ReleaseMail, 'locale' | 'subject' | 'text' | 'html'>

export function releaseContent(release: LocalizedRelease, recipient: MailRecipient, association: Localized<string>, links: MailLinks, ahead?: Ahead): ReleaseContent {
  const locale = mailLocale(release, recipient.languages)
  const own = (field: Localized<string> | null | undefined) => (field?.[locale] && hasText(field[locale]) ? field[locale]! : (field?.[defaultLocale] ?? ''))
  const t = pressListTexts[locale].release
  // German that the subscriber did not ask for says so, in the first language they did ask for.
  const firstLanguage = recipient.languages[0] ?? defaultLocale
  const notice = recipient.languages.includes(locale) ? undefined : pressListTexts[firstLanguage].release.inGerman
  const localePath = getLocale(locale).path
  const page = new URL(documentPagePath(localePath, 'press-releases', release.slug)!, links.siteUrl).href
  const pdf = new URL(releaseFilePath(localePath, release.slug, 'pdf'), links.siteUrl).href
  const zip = new URL(releaseFilePath(localePath, release.slug, 'zip'), links.siteUrl).href
  const title = own(release.title)
  const subtitle = own(release.subtitle)
  const dateline = `${own(release.place)}, ${formatDate(release.releaseDate, locale)}`
  const name = own(association)
  const footer = mailFooter(t, name, links)
  const body = release.body[locale] && hasText(release.body[locale]) ? release.body[locale]! : release.body[defaultLocale]!
  const contacts = (release.contacts ?? []).filter((contact) => typeof contact === 'object').map((contact) => ({
    name: contact.name,
    role: own(contact.role),
    email: contact.email,
    phone: contact.phone ?? undefined,
  }))
  // The embargo is said in the subscriber's own language, also above a German text.
  const embargoLocale = notice ? firstLanguage : locale
  const te = pressListTexts[embargoLocale].release
  const until = ahead && formatMoment(ahead.until, embargoLocale)
  const embargo = ahead && until && { notice: te.embargoNotice(until), subject: te.embargoSubject(until), label: te.personalLink, link: ahead.link }
  // Before the embargo ends the website has nothing: the personal link is the way to the release and its files.
  const fileLinks: Array<[string, string]> = ahead
    ? [[embargoPartLink(ahead.link, 'pdf'), t.pdf], [embargoPartLink(ahead.link, 'zip'), t.zip], ...(ahead.files ?? []).map(({ href, label }): [string, string] => [href, label])]
    : [[page, t.onWebsite], [pdf, t.pdf], [zip, t.zip]]
  const contactLine = (contact: (typeof contacts)[number]) =>
    [contact.name, contact.role, `${t.email}: ${contact.email}`, contact.phone ? `${t.phone}: ${contact.phone}` : undefined].filter(Boolean).join(' · ')

  const text = [
    ...(embargo ? [embargo.notice, `${embargo.label}: ${embargo.link}`, ''] : []),
    ...(notice ? [notice, ''] : []),
    `${name} · ${t.kind}`,
    '',
    title,
    ...(subtitle ? [subtitle] : []),
    '',
    `${dateline} –`,
    convertLexicalToPlaintext({ data: body as never }).trim(),
    '',
    ...(contacts.length ? [`${t.contacts}:`, ...contacts.map(contactLine), ''] : []),
    ...fileLinks.map(([href, label]) => `${label}: ${href}`),
    ...(fileLinks.length ? [''] : []),
    ...footer.text,
  ].join('\n')

  const { code, dir } = getLocale(locale)
  const noticeHtml = notice
    ? `<p lang="${getLocale(firstLanguage).code}" dir="${getLocale(firstLanguage).dir}" style="padding:8px;border:1px solid #888">${escapeHtml(notice)}</p>`
    : ''
  const html = `<!doctype html>
<html lang="${code}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>
<body style="font-family:sans-serif;line-height:1.5;max-width:40em">
${embargo ? `<p lang="${getLocale(embargoLocale).code}" dir="${getLocale(embargoLocale).dir}" style="padding:8px;border:2px solid #b42318"><strong>${escapeHtml(embargo.notice)}</strong><br>${htmlLink(embargo.link, embargo.label)}</p>\n` : ''}${noticeHtml}<p>${escapeHtml(name)} · ${escapeHtml(t.kind)}</p>
<h1>${escapeHtml(title)}</h1>
${subtitle ? `<p><strong>${escapeHtml(subtitle)}</strong></p>\n` : ''}<p>${escapeHtml(dateline)} –</p>
${bodyHtml(body, locale, links.siteUrl)}
${contacts.length ? `<h2>${escapeHtml(t.contacts)}</h2><ul>${contacts.map((contact) => `<li>${escapeHtml(contactLine(contact))}</li>`).join('')}</ul>\n` : ''}${fileLinks.length ? `<ul>${fileLinks.map(([href, label]) => `<li>${htmlLink(href, label)}</li>`).join('')}</ul>` : ''}
${footer.html}
</body>
</html>
`
  return { locale, subject: embargo ? `${embargo.subject}: ${title}` : title, text, html }
}

export function releaseMail(
  release: LocalizedRelease,
  recipient: MailRecipient,
  association: Localized<string>,
  from: { address: string },
  links: MailLinks,
  ahead?: Ahead,
): ReleaseMail {
  const domain = from.address.split('@')[1] ?? 'localhost'
  return {
    ...releaseContent(release, recipient, association, links, ahead),
    to: { name: recipient.name, address: recipient.email },
    // The same for every attempt of one release to one subscriber: a mail client shows a
    // duplicate of a delivery cut off between the server's answer and our record once.
    messageId: `<press-${ahead ? 'embargo' : 'release'}-${release.id}.${recipient.id}@${domain}>`,
    headers: unsubscribeHeaders(links),
  }
}
