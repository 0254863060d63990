import type { APIRoute } from 'astro'

import { cmsFile } from '../../cms/client.ts'
import { getPressKit, getPressReleases } from '../../cms/queries.ts'
import { populated, type MediaDoc } from '../../cms/types.ts'
import { pressKitMedia } from '../../downloads/pressKit.ts'
import { pageKey } from '../../lib/cacheKeys.ts'
import { fileResponse } from '../../lib/files.ts'
import { shownVideos, videoFiles } from '../../lib/videos.ts'

type Props = { media: MediaDoc }

/**
 * Original files for download, full resolution as uploaded (and cleaned of metadata by the
 * CMS): the press kit's logos and photos, the press releases' attachments, and the videos
 * the pages play (each in all its formats). Other media reach readers only as the web sizes
 * the pages render.
 */
export async function getStaticPaths() {
  const [kit, releases, videos] = await Promise.all([getPressKit(), getPressReleases(), shownVideos()])
  const { logos, photos } = pressKitMedia(kit)
  const media = [
    ...logos.map((logo) => logo.media),
    ...photos,
    ...releases.flatMap((release) => populated<MediaDoc>(release.attachments)),
    ...videos.flatMap(videoFiles),
  ]
  const byFilename = new Map(media.filter((item) => item.filename && item.url).map((item) => [item.filename!, item]))
  // A replaced file changes its media document (size, date).
  return Promise.all(
    [...byFilename.values()].map(async (item) => ({ params: { file: item.filename! }, props: { media: item } satisfies Props, cacheKey: await pageKey(item) })),
  )
}

export const GET: APIRoute<Props> = async ({ props }) => {
  return fileResponse(await cmsFile(props.media.url!), props.media.mimeType ?? 'application/octet-stream')
}
