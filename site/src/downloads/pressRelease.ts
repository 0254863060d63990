import { getLocale, type LocaleCode } from '@verband/content-types/locales'

import { isTranslated, shown, shownRequired } from '../cms/localize.ts'
import { richTextToBlocks, type TextBlock } from '../cms/richTextBlocks.ts'
import { populated, type PressContactDoc, type PressReleaseDoc, type SiteSettingsDoc } from '../cms/types.ts'
import { formatDate, formatDateTime, translator } from '../i18n/index.ts'
import { isolated, PdfWriter } from './pdf/PdfWriter.ts'

/**
 * A press release as the downloads carry it, in one language: the text to copy, the text file
 * and the PDF are all made from this, so they always say the same.
 */
export type ReleaseText = {
  locale: LocaleCode
  kind: string
  title: string
  subtitle?: string
  dateline: string
  embargo?: string
  blocks: TextBlock[]
  contactsHeading: string
  contacts: string[]
  aboutHeading: string
  boilerplate: string
  association: string
  source: string
  releaseDate: string
}

/**
 * Downloads exist in the languages the release is written in; other locales offer the
 * German files, as their page shows the German text.
 */
export function downloadLocale(release: PressReleaseDoc, locale: LocaleCode): LocaleCode {
  return isTranslated(release.title, locale) && isTranslated(release.body, locale) ? locale : 'de'
}

export function releaseText(release: PressReleaseDoc, settings: SiteSettingsDoc, locale: LocaleCode, pageUrl: string): ReleaseText {
  const t = translator(locale)
  const where = `press release "${release.slug}"`
  const place = shownRequired(release.place, locale, `${where}: place`).value
  const contacts = populated<PressContactDoc>(release.contacts).map((contact) =>
    [
      contact.name,
      shown(contact.role, locale)?.value,
      `${t('press.email')}: ${isolated(contact.email)}`,
      contact.phone ? `${t('press.phone')}: ${isolated(contact.phone)}` : undefined,
      contact.languages?.length ? `${t('press.languages')}: ${contact.languages.join(', ')}` : undefined,
    ]
      .filter(Boolean)
      .join(' · '),
  )
  return {
    locale,
    kind: t('press.release'),
    title: shownRequired(release.title, locale, `${where}: title`).value,
    subtitle: shown(release.subtitle, locale)?.value,
    dateline: t('press.dateline', { place, date: formatDate(release.releaseDate, locale) }),
    embargo: release.embargoUntil ? t('press.embargo', { date: formatDateTime(release.embargoUntil, locale) }) : undefined,
    blocks: richTextToBlocks(shownRequired(release.body, locale, `${where}: body`).value, where),
    contactsHeading: t('press.contacts'),
    contacts,
    aboutHeading: t('press.about'),
    boilerplate: shownRequired(settings.pressBoilerplate, locale, 'Site settings: press boilerplate').value,
    association: shownRequired(settings.name, locale, 'Site settings: name').value,
    source: t('press.source', { url: isolated(pageUrl) }),
    releaseDate: release.releaseDate,
  }
}

/** The release as plain text: for the copy box on the page and the text file in the ZIP. */
export function releasePlainText(text: ReleaseText): string {
  const lines = [
    text.association,
    text.kind,
    '',
    text.embargo,
    text.title,
    text.subtitle,
    '',
    text.dateline,
    '',
    ...text.blocks.flatMap((block) => [block.text, '']),
    text.contactsHeading,
    ...text.contacts,
    '',
    text.aboutHeading,
    text.boilerplate,
    '',
    text.source,
  ]
  return `${lines.filter((line): line is string => line !== undefined).join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`
}

export async function releasePdf(text: ReleaseText): Promise<Uint8Array> {
  const pdf = new PdfWriter({
    title: text.title,
    author: text.association,
    subject: text.kind,
    lang: getLocale(text.locale).code,
    dir: getLocale(text.locale).dir,
    createdAt: new Date(text.releaseDate),
    runningHead: text.embargo,
  })
  pdf.text(text.association, 'label').text(text.kind, 'small').rule()
  pdf.text(text.title, 'title')
  if (text.subtitle) pdf.text(text.subtitle, 'subtitle')
  pdf.text(text.dateline, 'small').space(6)
  for (const block of text.blocks) pdf.text(block.text, block.kind === 'heading' ? 'heading' : 'body')
  pdf.space(6).rule().text(text.contactsHeading, 'heading')
  for (const contact of text.contacts) pdf.text(contact, 'small')
  pdf.space(6).text(text.aboutHeading, 'heading').text(text.boilerplate, 'small').space(6).text(text.source, 'small')
  return new Uint8Array(await pdf.finish())
}
