import type { APIRoute } from 'astro'

import { pageKey } from '../../../lib/cacheKeys.ts'
import { captionLocales, captionsFileName, shownVideos } from '../../../lib/videos.ts'

type Props = { captions: string }

/**
 * The captions of every video the site shows, one WebVTT file per language, for the
 * `<track>` elements. Checked as WebVTT by the CMS when saved.
 */
export async function getStaticPaths() {
  const videos = await shownVideos()
  return Promise.all(
    videos.flatMap((video) =>
      captionLocales(video).map(async (locale) => ({
        params: { file: captionsFileName(video, locale) },
        props: { captions: video.video!.captions![locale]! } satisfies Props,
        cacheKey: await pageKey(video),
      })),
    ),
  )
}

export const GET: APIRoute<Props> = ({ props }) => new Response(props.captions, { headers: { 'Content-Type': 'text/vtt; charset=utf-8' } })
