import type { APIRoute } from 'astro'

import { cmsFile } from '../../cms/client.ts'
import { getPressKit, getPressReleases } from '../../cms/queries.ts'
import { populated, type MediaDoc } from '../../cms/types.ts'
import { pressKitMedia } from '../../downloads/pressKit.ts'
import { fileResponse } from '../../lib/files.ts'

type Props = { media: MediaDoc }

/**
 * Original files for download, full resolution as uploaded (and cleaned of metadata by the
 * CMS): the press kit's logos and photos and the press releases' attachments. Other media
 * reach readers only as the web sizes the pages render.
 */
export async function getStaticPaths() {
  const [kit, releases] = await Promise.all([getPressKit(), getPressReleases()])
  const { logos, photos } = pressKitMedia(kit)
  const media = [...logos.map((logo) => logo.media), ...photos, ...releases.flatMap((release) => populated<MediaDoc>(release.attachments))]
  const byFilename = new Map(media.filter((item) => item.filename && item.url).map((item) => [item.filename!, item]))
  return [...byFilename.values()].map((item) => ({ params: { file: item.filename! }, props: { media: item } satisfies Props }))
}

export const GET: APIRoute<Props> = async ({ props }) => {
  return fileResponse(await cmsFile(props.media.url!), props.media.mimeType ?? 'application/octet-stream')
}
