import path from 'node:path'

import type { APIRoute } from 'astro'

import { cmsFile } from '../../../cms/client.ts'
import type { VideoDoc } from '../../../cms/types.ts'
import { pageKey } from '../../../lib/cacheKeys.ts'
import { fileResponse } from '../../../lib/files.ts'
import { posterFrame } from '../../../lib/posterFrame.ts'
import { posterFrameFileName, posterImage, shownVideos } from '../../../lib/videos.ts'

type Props = { video: VideoDoc }

/** A still of each video the editors gave no poster image, so no player stands empty before play. */
export async function getStaticPaths() {
  const videos = (await shownVideos()).filter((video) => !posterImage(video))
  return Promise.all(videos.map(async (video) => ({ params: { file: posterFrameFileName(video) }, props: { video } satisfies Props, cacheKey: await pageKey(video) })))
}

export const GET: APIRoute<Props> = async ({ props: { video } }) => {
  const frame = await posterFrame(await cmsFile(video.url!), path.extname(video.filename!).slice(1), video.video?.duration)
  return fileResponse(frame, 'image/webp')
}
