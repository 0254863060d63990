import { getLocale, type LocaleCode } from '@verband/content-types/locales'

import { isTranslated, shown, shownRequired } from '../cms/localize.ts'
import { richTextToBlocks, type TextBlock } from '../cms/richTextBlocks.ts'
import { populated, type PressContactDoc, type PressReleaseDoc, type RichText, type SiteSettingsDoc } from '../cms/types.ts'
import { formatDate, formatDateTime, translator } from '../i18n/index.ts'
import { isolated, PdfWriter, type BlockLanguage, type HeadingLevel, type ListItem } from './pdf/PdfWriter.ts'

/** A block of the release's text; a heading with its level as written (h2 to h4). */
export type ReleaseBlock = TextBlock & { level?: HeadingLevel }

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
  blocks: ReleaseBlock[]
  contactsHeading: string
  contacts: string[]
  aboutHeading: string
  boilerplate: string
  association: string
  source: string
  releaseDate: string
  /** Where the subtitle or the boilerplate is not in the release's language (German fallback): theirs. */
  subtitleLang?: LocaleCode
  boilerplateLang?: LocaleCode
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
  const subtitle = shown(release.subtitle, locale)
  const boilerplate = shownRequired(settings.pressBoilerplate, locale, 'Site settings: press boilerplate')
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
    subtitle: subtitle?.value,
    dateline: t('press.dateline', { place, date: formatDate(release.releaseDate, locale) }),
    embargo: release.embargoUntil ? t('press.embargo', { date: formatDateTime(release.embargoUntil, locale) }) : undefined,
    blocks: releaseBlocks(shownRequired(release.body, locale, `${where}: body`).value, where),
    contactsHeading: t('press.contacts'),
    contacts,
    aboutHeading: t('press.about'),
    boilerplate: boilerplate.value,
    association: shownRequired(settings.name, locale, 'Site settings: name').value,
    source: t('press.source', { url: isolated(pageUrl) }),
    releaseDate: release.releaseDate,
    subtitleLang: subtitle && subtitle.lang !== locale ? subtitle.lang : undefined,
    boilerplateLang: boilerplate.lang !== locale ? boilerplate.lang : undefined,
  }
}

/**
 * The body's blocks, each heading with its level: top-level node by top-level node through
 * the same conversion as every download, so the text is the same.
 */
function releaseBlocks(body: RichText, where: string): ReleaseBlock[] {
  const root = (body as unknown as { root: { children?: { type: string; tag?: string }[] } }).root
  return (root.children ?? []).flatMap((node) => {
    const blocks: ReleaseBlock[] = richTextToBlocks({ root: { ...root, children: [node] } } as unknown as RichText, where)
    const level = node.type === 'heading' ? headingLevels[node.tag ?? ''] : undefined
    return level ? blocks.map((block) => (block.kind === 'heading' ? { ...block, level } : block)) : blocks
  })
}

const headingLevels: Record<string, HeadingLevel> = { h1: 2, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 }

/** A list item's bullet or number ("• ", "2. ", as richTextToBlocks writes them) apart from its text. */
function listItem(text: string): ListItem {
  const match = /^(•|\d+\.) ([\s\S]*)$/.exec(text)
  return match ? { label: match[1], text: match[2]! } : { text }
}

function language(lang: LocaleCode | undefined): BlockLanguage {
  return lang ? { lang: getLocale(lang).code, dir: getLocale(lang).dir } : {}
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
  // Structure: the title (H1) first, then the embargo note drawn above it, subtitle and dateline
  // (P), the body (H2–H4, P, BlockQuote, L), contacts (H2, L) and the boilerplate (H2, P).
  pdf.letterhead(text.association, 'label').letterhead(text.kind, 'small').rule()
  if (text.embargo) pdf.paragraph(text.embargo, 'label', { afterTitle: true })
  pdf.title(text.title)
  if (text.subtitle) pdf.paragraph(text.subtitle, 'subtitle', language(text.subtitleLang))
  pdf.paragraph(text.dateline, 'small').space(6)
  let items: ListItem[] = []
  for (const [index, block] of text.blocks.entries()) {
    if (block.kind === 'listItem') items.push(listItem(block.text))
    else if (block.kind === 'heading') pdf.heading(block.text, block.level ?? 2)
    else pdf.paragraph(block.text, 'body', { tag: block.kind === 'quote' ? 'BlockQuote' : 'P' })
    if (items.length > 0 && text.blocks[index + 1]?.kind !== 'listItem') {
      pdf.list(items)
      items = []
    }
  }
  pdf.space(6).rule().heading(text.contactsHeading, 2)
  pdf.list(
    text.contacts.map((contact) => ({ text: contact })),
    { body: 'small' },
  )
  pdf.space(6).heading(text.aboutHeading, 2).paragraph(text.boilerplate, 'small', language(text.boilerplateLang))
  pdf.space(6).paragraph(text.source, 'small')
  return new Uint8Array(await pdf.finish())
}
