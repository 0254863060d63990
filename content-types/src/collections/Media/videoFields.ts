import type { Field, TextareaFieldValidation, UploadFieldSingleValidation } from 'payload'

import { mediaUpload } from '../../fields/mediaUpload.ts'
import { defaultLocale } from '../../locales.ts'
import { collectionSlugs } from '../../slugs.ts'
import { webVttMessage, webVttProblem } from './webVtt.ts'

type MediaData = { mimeType?: unknown } | undefined

export function isVideo(data: MediaData): boolean {
  return typeof data?.mimeType === 'string' && data.mimeType.startsWith('video/')
}

const onlyForVideos = (data: unknown) => isVideo(data as MediaData)

/** Text a video must have in German (the other languages fall back to it). */
function requiredInGermanForVideos(message: string): TextareaFieldValidation {
  return (value, { data, req }) => {
    if (!isVideo(data as MediaData) || (req.locale && req.locale !== defaultLocale)) return true
    return typeof value === 'string' && value.trim().length > 0 ? true : message
  }
}

const captionsAreWebVtt: TextareaFieldValidation = (value, options) => {
  if (!isVideo(options.data as MediaData)) return true
  if (typeof value !== 'string' || value.trim() === '') {
    return requiredInGermanForVideos('Videos brauchen deutsche Untertitel im WebVTT-Format. (Videos need German captions in WebVTT.)')(value, options)
  }
  const problem = webVttProblem(value)
  return problem ? webVttMessage(problem) : true
}

const media = collectionSlugs.media

/**
 * The other format of a video (a WebM beside an MP4) is only a second file of the same
 * video: of another format, and without another format of its own. So the "is shown by"
 * chain between videos is never longer than one step and never goes round in a circle,
 * which the media-use index relies on (a video passes its visibility on to it).
 */
const otherFormatRule: UploadFieldSingleValidation = async (value, { data, id, req }) => {
  if (value === null || value === undefined) return true
  const otherId = typeof value === 'object' ? (value as { id: number | string }).id : (value as number | string)
  if (id !== undefined && String(otherId) === String(id)) return 'Ein Video kann nicht seine eigene weitere Fassung sein. (A video cannot be its own other format.)'
  const other = await req.payload.findByID({ collection: media, id: otherId, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!other) return true // Payload's own check names a file that does not exist
  if (other.mimeType === (data as MediaData)?.mimeType) {
    return 'Die weitere Fassung muss ein anderes Format haben als dieses Video (MP4 zu WebM oder umgekehrt). (The other format must differ from this video’s.)'
  }
  if (other.video?.otherFormat) return 'Das gewählte Video hat selbst eine weitere Fassung; bitte die Datei ohne eigene wählen. (The chosen video has an other format of its own.)'
  if (id !== undefined) {
    const { totalDocs } = await req.payload.count({ collection: media, where: { 'video.otherFormat': { equals: id } }, overrideAccess: true, req })
    if (totalDocs > 0) return 'Dieses Video ist selbst die weitere Fassung eines anderen Videos und kann keine eigene haben. (This video is another video’s other format.)'
  }
  return true
}

/**
 * What a video has besides its file: a transcript (top-level, so that translation help
 * treats it like the alt text) and, in the `video` group, its duration read from the file,
 * a poster image, the same video in another format, and captions per language as WebVTT.
 * Captions are kept out of translation help on purpose: their timings must survive, and a
 * machine translation of a whole caption file as one text would not keep them.
 * All of it is shown for videos only.
 */
export const videoFields: Field[] = [
  {
    name: 'transcript',
    type: 'textarea',
    label: { de: 'Transkript', en: 'Transcript' },
    localized: true,
    maxLength: 20000,
    admin: {
      condition: onlyForVideos,
      description: {
        de: 'Alles, was im Video gebärdet, gesprochen und gezeigt wird, als Text. Steht auf der Website unter dem Video. Absätze durch eine Leerzeile trennen.',
        en: 'Everything signed, said and shown in the video, as text. Shown under the video on the website. Separate paragraphs by a blank line.',
      },
    },
    validate: requiredInGermanForVideos('Videos brauchen ein deutsches Transkript. (Videos need a German transcript.)'),
  },
  {
    name: 'video',
    type: 'group',
    label: { de: 'Video', en: 'Video' },
    admin: { condition: onlyForVideos },
    fields: [
      {
        name: 'duration',
        type: 'number',
        label: { de: 'Dauer (Sekunden)', en: 'Duration (seconds)' },
        admin: {
          readOnly: true,
          description: { de: 'Aus der Datei gelesen, wie Breite, Höhe und Größe.', en: 'Read from the file, like width, height and size.' },
        },
      },
      mediaUpload({
        name: 'poster',
        kinds: ['photo'],
        label: { de: 'Vorschaubild', en: 'Poster image' },
        admin: {
          description: {
            de: 'Wird gezeigt, bis das Video startet. Es schmückt nur: das Video wird über seinen Alternativtext benannt. Ohne Vorschaubild zeigt der Browser eine leere Fläche.',
            en: 'Shown until the video starts. It is decorative: the video is named by its alt text. Without one, the browser shows an empty frame.',
          },
        },
      }),
      mediaUpload({
        name: 'otherFormat',
        kinds: ['video'],
        label: { de: 'Dasselbe Video in einem anderen Format', en: 'The same video in another format' },
        admin: {
          description: {
            de: 'Z. B. eine WebM-Fassung zu diesem MP4. Der Browser nimmt das Format, das er abspielen kann; beide werden zum Herunterladen angeboten.',
            en: 'E.g. a WebM version of this MP4. The browser plays the format it can; both are offered for download.',
          },
        },
        validate: otherFormatRule,
      }),
      {
        name: 'captions',
        type: 'textarea',
        label: { de: 'Untertitel (WebVTT)', en: 'Captions (WebVTT)' },
        localized: true,
        maxLength: 100000,
        admin: {
          rows: 12,
          description: {
            de: 'Der Inhalt einer .vtt-Datei: „WEBVTT“, eine Leerzeile, dann je Eintrag eine Zeitangabe („00:00:01.000 --> 00:00:04.000“) und der Text. Pflicht auf Deutsch; fehlt eine Sprache, zeigt die Website die deutschen.',
            en: 'The content of a .vtt file: "WEBVTT", a blank line, then for each cue a timing ("00:00:01.000 --> 00:00:04.000") and its text. Required in German; where a language has none, the website shows the German.',
          },
        },
        validate: captionsAreWebVtt,
      },
    ],
  },
]
