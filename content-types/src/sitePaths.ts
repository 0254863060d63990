import type { FormKind, FormResult } from './forms.ts'
import { collectionSlugs } from './slugs.ts'

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

/** The press kit's path segment beside release slugs (`/{locale}/press/kit/`): no release may take it. */
export const pressKitSegment = 'kit'

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
