import { defaultLocale, getLocale, localeCodes, type LocaleCode } from '@verband/content-types/locales'
import { getImage } from 'astro:assets'

import { imageSource } from '../cms/images.ts'
import { isTranslated } from '../cms/localize.ts'
import { getMedia, getSiteSettings, getStories } from '../cms/queries.ts'
import { BuildCache } from '../cms/scope.ts'
import { populatedOne, type MediaDoc, type StoryDoc, type VideoDoc } from '../cms/types.ts'
import { translator } from '../i18n/index.ts'

/**
 * The sign-language videos the site shows: on the home page and the accessibility statement
 * (site settings) and in stories. Each is published as its own files (the uploaded one and
 * its other format, see pages/media/[file].ts) with its captions as WebVTT files per language
 * (pages/media/captions/[file].ts): the pages load nothing from elsewhere.
 */

/** A media field's value: the document where the public may read it, its id where not. */
type MediaReference = { id: number | string } | number | string | null | undefined

/**
 * The video a field names, read again by id: embedded in another document it carries its
 * poster and other format only as ids. Nothing when the public may not see the file (the
 * CMS then gives only its id) or when it is not a video.
 */
async function videoOf(reference: MediaReference): Promise<VideoDoc | undefined> {
  if (typeof reference !== 'object' || reference === null) return undefined
  const media = (await getMedia(reference.id)) as VideoDoc
  return media.mimeType?.startsWith('video/') && media.url && media.filename ? media : undefined
}

export async function homeVideo(): Promise<VideoDoc | undefined> {
  return videoOf((await getSiteSettings()).homeSignLanguageVideo)
}

export async function accessibilityVideo(): Promise<VideoDoc | undefined> {
  return videoOf((await getSiteSettings()).accessibilitySignLanguageVideo)
}

export function storyVideo(story: StoryDoc): Promise<VideoDoc | undefined> {
  return videoOf(story.signLanguageVideo)
}

/** Every video some page shows, once each. */
export async function shownVideos(): Promise<VideoDoc[]> {
  const stories = await getStories()
  const found = await Promise.all([homeVideo(), accessibilityVideo(), ...stories.map(storyVideo)])
  const byId = new Map(found.filter((video) => video !== undefined).map((video) => [video.id, video]))
  return [...byId.values()]
}

/** The files of a video, the uploaded one first: each is a `<source>` and a download. */
export function videoFiles(video: VideoDoc): MediaDoc[] {
  const other = populatedOne(video.video?.otherFormat)
  return [video as MediaDoc, ...(other?.url && other.filename ? [other] : [])]
}

/** The locales a video has captions in: German always (the CMS requires it), others where written. */
export function captionLocales(video: VideoDoc): LocaleCode[] {
  return localeCodes.filter((locale) => isTranslated(video.video?.captions, locale))
}

/**
 * How wide a poster is published: sharp on a phone's screen, a little soft on a large one,
 * light on a slow network.
 */
export const posterMaxWidth = 960

/** The poster image the editors chose, where the public may see it. */
export function posterImage(video: VideoDoc): (MediaDoc & { url: string; width: number; height: number }) | undefined {
  const poster = populatedOne(video.video?.poster)
  return poster?.url && poster.width && poster.height ? { ...poster, url: poster.url, width: poster.width, height: poster.height } : undefined
}

const posters = new BuildCache<string, Promise<string>>()

/**
 * The address of a video's poster: the image the editors chose, in one size, or a still taken
 * from the video. It is decoration: the video is named by its title.
 */
export function posterSource(video: VideoDoc): Promise<string> {
  // Asked for by the page (to preload it) and by the player, in every locale: made once.
  const key = `${video.id} ${video.updatedAt}`
  let source = posters.get(key)
  if (!source) {
    source = makePosterSource(video)
    posters.set(key, source)
  }
  return source
}

async function makePosterSource(video: VideoDoc): Promise<string> {
  const poster = posterImage(video)
  if (!poster) return posterFramePath(video)
  const width = Math.min(poster.width, posterMaxWidth)
  return (await getImage({ src: imageSource(poster), width, height: Math.round((width * poster.height) / poster.width), format: 'webp' })).src
}

/** Where the still taken from a video without a poster image is published (pages/media/posters/[file].ts). */
export function posterFramePath(video: VideoDoc): string {
  return `/media/posters/${encodeURIComponent(posterFrameFileName(video))}`
}

export function posterFrameFileName(video: VideoDoc): string {
  return `${video.filename}.webp`
}

/** The file name of a video's captions in one language: `gebaerden.mp4.de-x-ls.vtt`. */
export function captionsFileName(video: VideoDoc, locale: LocaleCode): string {
  return `${video.filename}.${locale}.vtt`
}

/** Where a video's captions in one language are published. */
export function captionsPath(video: VideoDoc, locale: LocaleCode): string {
  return `/media/captions/${encodeURIComponent(captionsFileName(video, locale))}`
}

export type CaptionTrack = { srclang: LocaleCode; label: string; src: string; isDefault: boolean }

/**
 * The caption tracks on a page in `locale`: the page's language where the video has captions
 * in it, shown by default, and German, which every video has; where German stands in for the
 * page's language, its label says so, and it is the one shown by default.
 */
export function captionTracks(video: VideoDoc, locale: LocaleCode): CaptionTrack[] {
  const available = captionLocales(video)
  const own = locale !== defaultLocale && available.includes(locale)
  const tracks: CaptionTrack[] = []
  if (own) tracks.push({ srclang: locale, label: getLocale(locale).label, src: captionsPath(video, locale), isDefault: true })
  if (available.includes(defaultLocale)) {
    const germanStandsIn = !own && locale !== defaultLocale
    tracks.push({
      srclang: defaultLocale,
      label: germanStandsIn ? translator(locale)('video.germanFallback') : getLocale(defaultLocale).label,
      src: captionsPath(video, defaultLocale),
      isDefault: !own,
    })
  }
  return tracks
}
