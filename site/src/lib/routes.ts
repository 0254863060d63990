import { getLocale, locales, type LocaleCode } from '@verband/content-types/locales'
import type { FormKind, FormResult } from '@verband/content-types/forms'
import type { PressListResult } from '@verband/content-types/press-list'
import { documentPageSegments, formPageSegments, formResultPath, pressKitSegment, pressListResultPath, releaseFilePath, sectionPageSegments } from '@verband/content-types/site-paths'
import { collectionSlugs, globalSlugs } from '@verband/content-types/slugs'

/**
 * Every URL of the website, built in one place. Each locale lives under its own path
 * segment (`/de/…`, `/leichte-sprache/…`, `/ar/…`); document slugs are shared by all
 * languages, so the same document has the same path after the locale.
 */
export const pageSegments = {
  home: '',
  leitbild: `${sectionPageSegments[globalSlugs.leitbild]}/`,
  stories: 'stories/',
  press: 'press/',
  pressKit: `${documentPageSegments[collectionSlugs.pressReleases]}/${pressKitSegment}/`,
  partners: `${sectionPageSegments[collectionSlugs.partners]}/`,
  members: 'members/',
  contact: `${formPageSegments.contact}/`,
  imprint: 'impressum/',
  privacy: 'datenschutz/',
  // The accessibility statement carries the accessibility-feedback form.
  accessibility: `${formPageSegments['accessibility-feedback']}/`,
  search: 'search/',
} as const

export type StaticPageKind = keyof typeof pageSegments

/**
 * Pages search engines are asked to skip: `robots.txt` disallows them and the sitemap leaves
 * them out, from this one list (a search results page is nothing to index).
 */
export const unindexedPageKinds = ['search'] as const satisfies readonly StaticPageKind[]

export function isIndexedPage(page: Page): boolean {
  return !(unindexedPageKinds as readonly string[]).includes(page.kind)
}

/** Imprint, privacy policy and accessibility statement: texts edited in the site settings. */
export const legalPages = [
  { kind: 'imprint', titleKey: 'legal.imprint' },
  { kind: 'privacy', titleKey: 'legal.privacy' },
  { kind: 'accessibility', titleKey: 'legal.accessibility' },
] as const
export type Page =
  | { kind: StaticPageKind }
  | { kind: 'story' | 'pressRelease' | 'member'; slug: string }
  | { kind: 'district'; region: string }
  /** Where the CMS sends a browser after a form post (not indexed, not in the sitemap). */
  | { kind: 'formResult'; form: FormKind; result: FormResult }
  /** Where the CMS sends a browser after a post of the press list's subscribe form (the same). */
  | { kind: 'pressListResult'; result: PressListResult }

export function localeRoot(locale: LocaleCode): string {
  return `/${getLocale(locale).path}/`
}

export function pagePath(locale: LocaleCode, page: Page): string {
  const root = localeRoot(locale)
  switch (page.kind) {
    case 'story':
      return `${root}${documentPageSegments[collectionSlugs.stories]}/${page.slug}/`
    case 'pressRelease':
      return `${root}${documentPageSegments[collectionSlugs.pressReleases]}/${page.slug}/`
    case 'member':
      return `${root}${documentPageSegments[collectionSlugs.members]}/${page.slug}/`
    case 'district':
      return `${root}members/district/${page.region}/`
    case 'formResult':
      return formResultPath(getLocale(locale).path, page.form, page.result)
    case 'pressListResult':
      return pressListResultPath(getLocale(locale).path, page.result)
    default:
      return `${root}${pageSegments[page.kind]}`
  }
}

export function feedPath(locale: LocaleCode, feed: 'stories' | 'press'): string {
  return feed === 'stories' ? `${localeRoot(locale)}rss.xml` : `${localeRoot(locale)}press/rss.xml`
}

/** A press release's PDF or ZIP, next to its page and named after it. */
export function releaseDownloadPath(locale: LocaleCode, slug: string, format: 'pdf' | 'zip'): string {
  return releaseFilePath(getLocale(locale).path, slug, format)
}

/** The press kit's ZIP and its fact sheet PDF. */
export const pressKitFiles = { zip: 'pressemappe.zip', factSheet: 'faktenblatt.pdf' } as const

export function pressKitDownloadPath(locale: LocaleCode, file: keyof typeof pressKitFiles): string {
  return `${pagePath(locale, { kind: 'pressKit' })}${pressKitFiles[file]}`
}

/** An original media file (full resolution, as uploaded and cleaned), for download. */
export function mediaFilePath(filename: string): string {
  return `/media/${encodeURIComponent(filename)}`
}

/** `getStaticPaths` entries for the locale segment: the URL path and the locale code. */
export function localeParams() {
  return locales.map((locale) => ({ params: { locale: locale.path }, props: { locale: locale.code as LocaleCode } }))
}
