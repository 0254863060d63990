import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { probe } from '@verband/content-types/ffmpeg'
import { uploadLimitBytes } from '@verband/content-types/upload-policy'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { minimalSiteContent, richText, sampleJpeg } from './support/fixtures.ts'
import { startTestPayload } from './support/testPayload.ts'
import { sampleCaptions, sampleVideo, type SampleVideo } from './support/videos.ts'

/**
 * Videos in the media library, through the Local API: the container's metadata removed and
 * the file's own duration and size recorded, only MP4 (H.264/AAC) and WebM accepted, judged by
 * content, with a size limit; captions checked as WebVTT; and a video's poster and other
 * format public exactly while the video is.
 */

let payload: Payload
let close: () => Promise<void>
let mediaDir: string
let counter = 0

const videoData = (extra: Record<string, unknown> = {}) => ({
  alt: 'Begrüßung in Gebärdensprache',
  credit: 'Test',
  licence: 'cc0-1.0' as const,
  transcript: 'Herzlich willkommen.',
  video: { captions: sampleCaptions },
  ...extra,
})

async function createVideo(file: SampleVideo, extra: Record<string, unknown> = {}) {
  return payload.create({ collection: 'media', data: videoData(extra) as never, file, depth: 0 })
}

async function isPublic(id: number | string): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'media', where: { id: { equals: id } }, overrideAccess: false })
  return totalDocs === 1
}

/** The field messages of a save that validation refused (none when it was not refused). */
async function refusal(save: Promise<unknown>): Promise<string> {
  const error = await save.then(
    () => undefined,
    (thrown: unknown) => thrown,
  )
  expect(error, 'the save to be refused').toBeDefined()
  return ((error as { data?: { errors?: { message: string }[] } }).data?.errors ?? []).map((entry) => entry.message).join('\n')
}

const mediaCount = async () => (await payload.count({ collection: 'media' })).totalDocs

beforeAll(async () => {
  const started = await startTestPayload()
  ;({ payload, close } = started)
  await minimalSiteContent(payload)
  mediaDir = started.testEnv.env.MEDIA_DIR!
})

afterAll(async () => {
  await close?.()
})

describe('an uploaded video', () => {
  it('is stored without its title and location, with duration, width, height and size read from the file', async () => {
    // A position as a phone writes it (the FFmpeg shipped here writes no ©xyz atom itself, so
    // it goes into the comment; the screen drops every metadata entry alike).
    const upload = await sampleVideo({ name: 'begruessung.mp4', metadata: { title: 'Geheimer Titel', comment: 'GPS +51.0500+013.7300/', artist: 'Jemand' } })
    // The sample carries them, as a camera's or phone's file would.
    expect(upload.data.includes(Buffer.from('Geheimer Titel'))).toBe(true)
    expect(upload.data.includes(Buffer.from('+51.0500+013.7300'))).toBe(true)

    const doc = await createVideo(upload)
    const stored = path.join(mediaDir, doc.filename!)
    const after = await probe(stored)
    expect(after.format.tags?.title).toBeUndefined()
    expect(after.format.tags?.comment).toBeUndefined()
    expect(after.format.tags?.artist).toBeUndefined()
    expect(JSON.stringify(after)).not.toMatch(/Geheimer Titel|51\.05|Jemand/)
    const bytes = readFileSync(stored)
    for (const personal of ['Geheimer Titel', '+51.0500+013.7300', 'Jemand']) expect(bytes.includes(Buffer.from(personal)), personal).toBe(false)
    // Fast start: the index (moov) comes before the picture data (mdat).
    expect(bytes.indexOf('moov')).toBeLessThan(bytes.indexOf('mdat'))

    expect(doc.mimeType).toBe('video/mp4')
    expect(doc.video?.duration).toBeCloseTo(2, 1)
    expect([doc.width, doc.height]).toEqual([320, 180])
    expect(doc.filesize).toBe(statSync(stored).size)
  })

  it('keeps its duration and size as read from the file, whatever a later save sends', async () => {
    const doc = await createVideo(await sampleVideo({ name: 'dauer.mp4' }))
    const updated = await payload.update({ collection: 'media', id: doc.id, data: { width: 9999, video: { duration: 999 }, alt: 'Neuer Titel' } as never, depth: 0 })
    expect(updated.alt).toBe('Neuer Titel')
    expect(updated.video?.duration).toBeCloseTo(2, 1)
    expect(updated.width).toBe(320)
  })

  it('accepts WebM with VP9 and Opus', async () => {
    const doc = await createVideo(await sampleVideo({ format: 'webm', name: 'begruessung.webm' }))
    expect(doc.mimeType).toBe('video/webm')
    expect(doc.video?.duration).toBeCloseTo(2, 1)
    const stored = await probe(path.join(mediaDir, doc.filename!))
    expect(stored.streams.map((stream) => stream.codec_name)).toEqual(['vp9', 'opus'])
  })

  it('refuses a text file that claims to be an MP4, and stores nothing', async () => {
    const count = await mediaCount()
    const data = Buffer.from('not a video at all\n'.repeat(50))
    await expect(createVideo({ data, mimetype: 'video/mp4', name: 'film.mp4', size: data.length })).rejects.toMatchObject({
      data: { errors: [{ path: 'file', message: expect.stringMatching(/kein erlaubter Dateityp/) }] },
    })
    expect(await mediaCount()).toBe(count)
  })

  it('refuses an MP4 whose picture is not H.264, naming the codec', async () => {
    const count = await mediaCount()
    await expect(createVideo(await sampleVideo({ name: 'alt.mp4', videoCodec: 'mpeg4' }))).rejects.toMatchObject({
      data: { errors: [{ path: 'file', message: expect.stringMatching(/mpeg4-kodiert.*H\.264/) }] },
    })
    expect(await mediaCount()).toBe(count)
  })

  it('refuses a broken MP4 (the right start, then nothing a player can read)', async () => {
    const good = await sampleVideo({ name: 'kaputt.mp4' })
    const data = Buffer.concat([good.data.subarray(0, 32), Buffer.alloc(4096, 7)])
    await expect(createVideo({ ...good, data, size: data.length })).rejects.toMatchObject({ data: { errors: [{ path: 'file' }] } })
  })

  it('refuses a video over the size limit for videos, and stores nothing', async () => {
    const count = await mediaCount()
    const good = await sampleVideo({ name: 'riesig.mp4' })
    // An MP4 by its first box, too large by size: refused before FFmpeg reads it.
    const data = Buffer.concat([good.data.subarray(0, 32), Buffer.alloc(uploadLimitBytes.video + 1 - 32)])
    await expect(createVideo({ ...good, data, size: data.length })).rejects.toMatchObject({
      data: { errors: [{ path: 'file', message: expect.stringMatching(/höchstens 200 MB/) }] },
    })
    expect(await mediaCount()).toBe(count)
  })

  it('needs alt text, German captions and a German transcript', async () => {
    const file = await sampleVideo({ name: 'ohne.mp4' })
    expect(await refusal(createVideo(file, { alt: '' }))).toMatch(/Videos brauchen einen Alternativtext/)
    expect(await refusal(createVideo(file, { video: {} }))).toMatch(/Videos brauchen deutsche Untertitel/)
    expect(await refusal(createVideo(file, { transcript: '' }))).toMatch(/Videos brauchen ein deutsches Transkript/)
  })
})

describe('captions', () => {
  it('refuses captions that are not WebVTT, naming the line', async () => {
    const file = await sampleVideo({ name: 'untertitel.mp4' })
    const broken = 'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nGut\n\n00:00:01,000 --> 00:00:02.000\nKomma statt Punkt\n'
    expect(await refusal(createVideo(file, { video: { captions: broken } }))).toMatch(/kein gültiges WebVTT: Zeile 6.*line 6/)
    expect(await refusal(createVideo(file, { video: { captions: 'Hallo' } }))).toMatch(/Zeile 1.*line 1: No valid signature/)
  })

  it('accepts valid WebVTT in German and in Arabic', async () => {
    const doc = await createVideo(await sampleVideo({ name: 'sprachen.mp4' }))
    const arabic = 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000 align:center\nمثال على الترجمة\n'
    await payload.update({ collection: 'media', id: doc.id, locale: 'ar', data: { video: { captions: arabic } } as never, depth: 0 })
    const all = await payload.findByID({ collection: 'media', id: doc.id, locale: 'all', depth: 0 })
    expect((all.video?.captions as unknown as Record<string, string>).ar).toBe(arabic)
    expect((all.video?.captions as unknown as Record<string, string>).de).toBe(sampleCaptions)
  })
})

describe('a video’s poster and other format', () => {
  async function videoWithPoster() {
    counter += 1
    const poster = await payload.create({ collection: 'media', data: { alt: 'Standbild', credit: 'Test', licence: 'cc0-1.0' }, file: await sampleJpeg(`poster-${counter}.jpg`), depth: 0 })
    const webm = await createVideo(await sampleVideo({ format: 'webm', name: `fassung-${counter}.webm` }))
    const video = await createVideo(await sampleVideo({ name: `haupt-${counter}.mp4` }), { video: { captions: sampleCaptions, poster: poster.id, otherFormat: webm.id } })
    return { poster, webm, video }
  }

  it('are private with an unused video, public while a published story shows it, private again when unpublished', async () => {
    const { poster, webm, video } = await videoWithPoster()
    const all = () => Promise.all([video.id, poster.id, webm.id].map(isPublic))
    expect(await all()).toEqual([false, false, false])
    const story = await payload.create({
      collection: 'stories',
      data: { title: 'Mit Video', slug: `mit-video-${counter}`, summary: 'Kurz.', body: richText('Text.'), publishedAt: '2026-01-01T00:00:00.000Z', signLanguageVideo: video.id, _status: 'draft' },
      draft: true,
      depth: 0,
    })
    expect(await all()).toEqual([false, false, false])
    await payload.update({ collection: 'stories', id: story.id, data: { _status: 'published' }, depth: 0 })
    expect(await all()).toEqual([true, true, true])
    await payload.update({ collection: 'stories', id: story.id, data: { _status: 'draft' }, depth: 0 })
    expect(await all()).toEqual([false, false, false])
  })

  it('follow the video when the poster is changed on a public video', async () => {
    const { poster, video } = await videoWithPoster()
    await payload.updateGlobal({ slug: 'site-settings', data: { homeSignLanguageVideo: video.id } as never, depth: 0 })
    expect(await isPublic(poster.id)).toBe(true)
    const newPoster = await payload.create({ collection: 'media', data: { alt: 'Neues Standbild', credit: 'Test', licence: 'cc0-1.0' }, file: await sampleJpeg(`neu-${counter}.jpg`), depth: 0 })
    await payload.update({ collection: 'media', id: video.id, data: { video: { poster: newPoster.id } } as never, depth: 0 })
    expect([await isPublic(poster.id), await isPublic(newPoster.id)]).toEqual([false, true])
  })

  it('cannot point back: the other format has no other format of its own and differs in format', async () => {
    const { webm, video } = await videoWithPoster()
    expect(await refusal(payload.update({ collection: 'media', id: webm.id, data: { video: { otherFormat: video.id } } as never, depth: 0 }))).toMatch(/hat selbst eine weitere Fassung/)
    const second = await createVideo(await sampleVideo({ name: `zweit-${counter}.mp4` }))
    expect(await refusal(payload.update({ collection: 'media', id: second.id, data: { video: { otherFormat: video.id } } as never, depth: 0 }))).toMatch(/anderes Format/)
  })

  it('takes only images as posters and only videos as other formats', async () => {
    const { video } = await videoWithPoster()
    const pdf = await payload.create({ collection: 'media', data: { credit: 'Test', licence: 'cc0-1.0' }, file: samplePdf(), depth: 0 })
    expect(await refusal(payload.update({ collection: 'media', id: video.id, data: { video: { poster: pdf.id } } as never, depth: 0 }))).toMatch(/nur ein Bild/)
    expect(await refusal(payload.update({ collection: 'media', id: video.id, data: { video: { otherFormat: pdf.id } } as never, depth: 0 }))).toMatch(/nur ein Video/)
  })

  it('is no story’s hero image and no partner’s logo: the website shows those as pictures', async () => {
    const { video } = await videoWithPoster()
    const { docs } = await payload.find({ collection: 'stories', limit: 1, depth: 0 })
    const story = docs[0] ?? (await payload.create({ collection: 'stories', data: { title: 'Geschichte', slug: `held-${counter}`, summary: 'Kurz.', body: richText('Text.'), publishedAt: '2026-01-01T00:00:00.000Z' }, depth: 0 }))
    expect(await refusal(payload.update({ collection: 'stories', id: story.id, data: { heroImage: video.id, _status: 'published' }, depth: 0 }))).toBe('Hier passt nur ein Bild (JPEG, PNG, WebP oder AVIF).')
    const group = await payload.create({ collection: 'partner-groups', data: { title: 'G', purpose: 'P', order: 90 + counter, _status: 'published' }, depth: 0 })
    expect(await refusal(payload.create({ collection: 'partners', data: { name: `Partner ${counter}`, group: group.id, logo: video.id, _status: 'published' }, depth: 0 }))).toBe('Hier passt nur ein Bild (JPEG, PNG, WebP oder AVIF) oder eine Vektorgrafik (SVG).')
  })
})

function samplePdf() {
  const data = Buffer.from('%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\nxref\n0 3\ntrailer <</Size 3 /Root 1 0 R>>\n%%EOF\n')
  counter += 1
  return { data, mimetype: 'application/pdf', name: `blatt-${counter}.pdf`, size: data.length }
}
