import type { MediaDoc } from './types.ts'

/**
 * The address Astro's image service fetches a media image from: the CMS's file address,
 * versioned by the media document's last change. The CMS serves versioned addresses as
 * immutable (cms/src/publish/mediaCaching.ts), so a build reuses the images it encoded before
 * without asking again; a replaced file comes with a changed document, so with a new address.
 */
export function imageSource(media: Pick<MediaDoc, 'url' | 'updatedAt' | 'filename'>): string {
  if (!media.url) throw new Error(`Media ${media.filename} has no URL`)
  const url = new URL(media.url)
  // Short: the address is repeated in the incremental build's record of every page's images.
  url.searchParams.set('v', Date.parse(media.updatedAt).toString(36))
  return url.href
}
