import type { LocaleCode } from '@verband/content-types/locales'

import { cmsFile } from '../cms/client.ts'
import { isTranslated, shown, shownRequired, type Localized, type Shown } from '../cms/localize.ts'
import { getPressKit, getSiteSettings } from '../cms/queries.ts'
import { BuildCache } from '../cms/scope.ts'
import { populated, type MediaDoc, type PressContactDoc, type PressKitDoc } from '../cms/types.ts'
import { translator } from '../i18n/index.ts'
import { pressKitFiles } from '../lib/routes.ts'
import { factSheetPdf, type SheetText } from './factSheet.ts'
import { isolated } from './pdf/PdfWriter.ts'
import { zipWithCredits, type ZipEntry } from './zip.ts'

export type PressKitDownloads = { factSheet: Uint8Array; zip: Uint8Array }

const ownLicence = 'press-with-credit'

/** The kit's logos (with their background) and photos, as populated media documents. */
export function pressKitMedia(kit: PressKitDoc): { logos: { media: MediaDoc; background: 'light' | 'dark' }[]; photos: MediaDoc[] } {
  const logos = (kit.logos ?? []).flatMap((logo) => (typeof logo.file === 'object' ? [{ media: logo.file, background: logo.background }] : []))
  return { logos, photos: populated<MediaDoc>(kit.photos) }
}

/** The kit's files exist in the languages its texts are written in, German for the others. */
export function pressKitLocale(kit: PressKitDoc, locale: LocaleCode): LocaleCode {
  return isTranslated(kit.intro, locale) && (kit.facts ?? []).every((fact) => isTranslated(fact.value, locale)) ? locale : 'de'
}

const made = new BuildCache<LocaleCode, Promise<PressKitDownloads>>()

/** The fact sheet PDF and the ZIP of the whole kit in one language, made once per build. */
export function pressKitDownloads(locale: LocaleCode): Promise<PressKitDownloads> {
  let pending = made.get(locale)
  if (!pending) {
    pending = make(locale)
    made.set(locale, pending)
  }
  return pending
}

function contactLines(contacts: PressContactDoc[], locale: LocaleCode): string[] {
  const t = translator(locale)
  return contacts.map((contact) =>
    [contact.name, shown(contact.role, locale)?.value, `${t('press.email')}: ${isolated(contact.email)}`, contact.phone ? `${t('press.phone')}: ${isolated(contact.phone)}` : undefined]
      .filter(Boolean)
      .join(' · '),
  )
}

async function make(locale: LocaleCode): Promise<PressKitDownloads> {
  const [kit, settings] = await Promise.all([getPressKit(), getSiteSettings()])
  const t = translator(locale)
  const association = shownRequired(settings.name, locale, 'Site settings: name').value
  const boilerplateShown = shownRequired(settings.pressBoilerplate, locale, 'Site settings: press boilerplate')
  const boilerplate = boilerplateShown.value
  const contacts = contactLines(populated<PressContactDoc>(kit.contacts), locale)
  // Each text with its language where it is a German fallback.
  const sheetText = (text: Shown<string> | undefined): SheetText => ({ text: text?.value ?? '', lang: text && text.lang !== locale ? text.lang : undefined })
  const factText = (field: Localized<string>) => sheetText(shown(field, locale))
  const facts = (kit.facts ?? []).map((fact) => ({ label: factText(fact.label), value: factText(fact.value) }))
  const address = `${settings.address.street}, ${settings.address.postalCode} ${settings.address.city} · ${settings.email}`

  const factSheet = await factSheetPdf({
    locale,
    association,
    heading: t('press.kit.facts'),
    facts,
    aboutHeading: t('press.about'),
    boilerplate: sheetText(boilerplateShown),
    contactsHeading: t('press.contacts'),
    contacts,
    address,
    updatedAt: new Date(kit.updatedAt ?? 0),
  })

  const { logos, photos } = pressKitMedia(kit)
  const original = async (folder: string, media: MediaDoc): Promise<ZipEntry> => {
    if (!media.url || !media.filename) throw new Error(`Press kit file ${media.id} has no file`)
    return { name: `${folder}/${media.filename}`, data: await cmsFile(media.url), credit: media.credit, licence: media.licence }
  }
  const about = [association, '', t('press.about'), boilerplate, '', t('press.contacts'), ...contacts, '', address].join('\n')
  const own = { credit: association, licence: ownLicence }
  const zip = zipWithCredits(
    [
      { name: pressKitFiles.factSheet, data: factSheet, ...own },
      { name: 'about.txt', data: new TextEncoder().encode(`${about}\n`), ...own },
      ...(await Promise.all(logos.map(({ media }) => original('logos', media)))),
      ...(await Promise.all(photos.map((media) => original('photos', media)))),
    ],
    locale,
    new Date(kit.updatedAt ?? 0),
  )
  return { factSheet, zip }
}
