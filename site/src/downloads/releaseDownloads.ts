import type { LocaleCode } from '@verband/content-types/locales'

import { cmsFile } from '../cms/client.ts'
import { getSiteSettings } from '../cms/queries.ts'
import { BuildCache } from '../cms/scope.ts'
import { populated, type MediaDoc, type PressReleaseDoc, type SiteSettingsDoc } from '../cms/types.ts'
import { siteEnv } from '../env.ts'
import { pagePath } from '../lib/routes.ts'
import { releasePdf, releasePlainText, releaseText } from './pressRelease.ts'
import { zipWithCredits, type ZipEntry } from './zip.ts'

export type ReleaseDownloads = { text: string; pdf: Uint8Array; zip: Uint8Array }

/** Our own texts go out under the press licence, credited to the association. */
const ownLicence = 'press-with-credit'

const made = new BuildCache<string, Promise<ReleaseDownloads>>()

/**
 * The text, the PDF and the ZIP (text, PDF and every attachment in full resolution) of a
 * release in one language. Made once per build and language: the page shows their sizes and
 * the download routes write them.
 */
export function releaseDownloads(release: PressReleaseDoc, locale: LocaleCode): Promise<ReleaseDownloads> {
  const key = `${release.slug}:${locale}`
  let pending = made.get(key)
  if (!pending) {
    pending = make(release, locale)
    made.set(key, pending)
  }
  return pending
}

async function make(release: PressReleaseDoc, locale: LocaleCode): Promise<ReleaseDownloads> {
  const pageUrl = new URL(pagePath(locale, { kind: 'pressRelease', slug: release.slug }), siteEnv().siteUrl).href
  return makeReleaseDownloads({ release, settings: await getSiteSettings(), locale, pageUrl, fileOf: (media) => cmsFile(media.url!) })
}

/** What the downloads of one release are made from; `fileOf` reads an attachment's original. */
export type ReleaseSource = {
  release: PressReleaseDoc
  settings: SiteSettingsDoc
  locale: LocaleCode
  /** Where the release is (or will be) on the website: the PDF and text name it as their source. */
  pageUrl: string
  fileOf: (media: MediaDoc) => Promise<Uint8Array>
}

/**
 * The downloads from their sources alone: the website's build reads those from the CMS; the
 * CMS hands them to build/releaseDownloadsCli.ts for a release under embargo, which the
 * website does not have yet.
 */
export async function makeReleaseDownloads({ release, settings, locale, pageUrl, fileOf }: ReleaseSource): Promise<ReleaseDownloads> {
  const content = releaseText(release, settings, locale, pageUrl)
  const text = releasePlainText(content)
  const pdf = await releasePdf(content)
  const attachments = await Promise.all(
    populated<MediaDoc>(release.attachments).map(async (media): Promise<ZipEntry> => {
      if (!media.url || !media.filename) throw new Error(`Attachment ${media.id} of press release "${release.slug}" has no file`)
      return { name: media.filename, data: await fileOf(media), credit: media.credit, licence: media.licence }
    }),
  )
  const own = { credit: content.association, licence: ownLicence }
  const zip = zipWithCredits(
    [{ name: `${release.slug}.txt`, data: new TextEncoder().encode(text), ...own }, { name: `${release.slug}.pdf`, data: pdf, ...own }, ...attachments],
    locale,
    new Date(release.updatedAt),
  )
  return { text, pdf, zip }
}
