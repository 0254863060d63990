import { getLocale, type LocaleCode } from '@verband/content-types/locales'

import { PdfWriter, type BlockLanguage } from './pdf/PdfWriter.ts'

/** A text of the fact sheet, with its language where that is not the sheet's (German fallback). */
export type SheetText = { text: string; lang?: LocaleCode }

/** The press kit's fact sheet in one language, as the PDF shows it. */
export type FactSheet = {
  locale: LocaleCode
  association: string
  /** "Facts and figures": the sheet's heading. */
  heading: string
  facts: { label: SheetText; value: SheetText }[]
  aboutHeading: string
  boilerplate: SheetText
  contactsHeading: string
  contacts: string[]
  address: string
  updatedAt: Date
}

/**
 * The fact sheet PDF. Structure: the heading (H1), the facts as a list (each fact's name as
 * its label, Lbl, above its value, LBody), the boilerplate (H2, P), the contacts (H2, L) and
 * the address (P); the association's name above the heading is the letterhead (an artifact).
 */
export async function factSheetPdf(sheet: FactSheet): Promise<Uint8Array> {
  const locale = getLocale(sheet.locale)
  const language = (text: SheetText): BlockLanguage => (text.lang ? { lang: getLocale(text.lang).code, dir: getLocale(text.lang).dir } : {})
  const pdf = new PdfWriter({
    title: `${sheet.heading} – ${sheet.association}`,
    author: sheet.association,
    subject: sheet.heading,
    lang: locale.code,
    dir: locale.dir,
    createdAt: sheet.updatedAt,
  })
  pdf.letterhead(sheet.association, 'label').title(sheet.heading).rule()
  // A fact's name and value can be in different languages (one translated, one not).
  pdf.list(
    sheet.facts.map((fact) => ({ label: fact.label.text, labelLanguage: language(fact.label), text: fact.value.text, ...language(fact.value) })),
    { labelsAbove: true },
  )
  pdf.space(4).heading(sheet.aboutHeading, 2).paragraph(sheet.boilerplate.text, 'body', language(sheet.boilerplate))
  pdf.heading(sheet.contactsHeading, 2)
  pdf.list(
    sheet.contacts.map((contact) => ({ text: contact })),
    { body: 'small' },
  )
  pdf.space(6).paragraph(sheet.address, 'small')
  return new Uint8Array(await pdf.finish())
}
