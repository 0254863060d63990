import type { FormKind, FormResult } from './forms.ts'
import type { PressListResult } from './pressList.ts'
import { collectionSlugs, globalSlugs } from './slugs.ts'

/**
 * The website's path segment for collections whose documents have a page of their own:
 * `/{locale}/{segment}/{slug}/`. The website builds its URLs from this, and the admin links
 * a document to its page with it.
 */
export const documentPageSegments = {
  [collectionSlugs.stories]: 'stories',
  [collectionSlugs.pressReleases]: 'press',
  [collectionSlugs.members]: 'members',
} as const satisfies Partial<Record<string, string>>

export function documentPagePath(localePath: string, collection: string, slug: string): string | undefined {
  const segment = (documentPageSegments as Record<string, string>)[collection]
  return segment ? `/${localePath}/${segment}/${slug}/` : undefined
}

/** A press release's PDF or ZIP, next to its page and named after it: what the website serves and the press list's mails link to. */
export function releaseFilePath(localePath: string, slug: string, format: 'pdf' | 'zip'): string {
  return `${documentPagePath(localePath, collectionSlugs.pressReleases, slug)}${slug}.${format}`
}

/** The press kit's path segment beside release slugs (`/{locale}/press/kit/`): no release may take it. */
export const pressKitSegment = 'kit'

/**
 * The website's path segment (`/{locale}/{segment}/`) of the page that shows a global, or the
 * documents of a collection without pages of their own. With `documentPageSegments` it says
 * where each piece of content appears; the admin's preview button opens that page.
 */
export const sectionPageSegments = {
  [globalSlugs.leitbild]: 'leitbild',
  [globalSlugs.pressKit]: `${documentPageSegments[collectionSlugs.pressReleases]}/${pressKitSegment}`,
  // Every page shows the site settings (name, footer); the home page stands for them.
  [globalSlugs.siteSettings]: '',
  [collectionSlugs.values]: 'leitbild',
  [collectionSlugs.goals]: 'leitbild',
  [collectionSlugs.workingPrinciples]: 'leitbild',
  [collectionSlugs.partnerGroups]: 'leitbild',
  [collectionSlugs.partners]: 'partners',
  [collectionSlugs.activityFields]: documentPageSegments[collectionSlugs.members],
} as const satisfies Partial<Record<string, string>>

/** Where a document (`slug` for documents with pages of their own) or a global appears on the website. */
export function contentPagePath(localePath: string, collectionOrGlobal: string, slug?: string): string | undefined {
  if (slug) {
    const own = documentPagePath(localePath, collectionOrGlobal, slug)
    if (own) return own
  }
  const segment = (sectionPageSegments as Record<string, string>)[collectionOrGlobal]
  if (segment === undefined) return undefined
  return segment ? `/${localePath}/${segment}/` : `/${localePath}/`
}

/**
 * The website page each public form is on (`/{locale}/{segment}/`), and below it one page per
 * outcome of a post (`/{locale}/{segment}/{result}/`), where the CMS sends the browser back.
 */
export const formPageSegments: Record<FormKind, string> = {
  contact: 'contact',
  'accessibility-feedback': 'barrierefreiheit',
}

export function formResultPath(localePath: string, form: FormKind, result: FormResult): string {
  return `/${localePath}/${formPageSegments[form]}/${result}/`
}

/**
 * Where the CMS sends a browser after a post of the press list's subscribe form (which is on
 * the press page): `/{locale}/press-list/{result}/`, beside the press pages, where no release
 * slug can take its place.
 */
export function pressListResultPath(localePath: string, result: PressListResult): string {
  return `/${localePath}/press-list/${result}/`
}
