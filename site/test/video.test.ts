import { defaultLocale, getLocale, locales } from '@verband/content-types/locales'
import { exampleClipSeconds, signLanguageExampleTexts } from '@verband/seed'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { uiStrings } from '../src/i18n/index.ts'
import { duration } from '../src/lib/files.ts'
import { pagePath } from '../src/lib/routes.ts'
import { builtHtml, siteUrl } from './support/site.ts'

/** The sign-language block as the seed shows it: the example clip on the home page and the accessibility statement. */

const fetchSite = (urlPath: string, init?: RequestInit) => fetch(new URL(urlPath, siteUrl()), init)

/** The `<video>` element of a page, with what it holds. */
function videoOf(html: string): string {
  const video = html.match(/<video\b[\s\S]*?<\/video>/)?.[0]
  if (!video) throw new Error('The page has no <video>')
  return video
}

const tracksOf = (video: string) =>
  [...video.matchAll(/<track\b([^>]*)>/g)].map(([, attributes]) => ({
    kind: attributes!.match(/kind="([^"]*)"/)?.[1],
    src: attributes!.match(/src="([^"]*)"/)?.[1],
    srclang: attributes!.match(/srclang="([^"]*)"/)?.[1],
    label: attributes!.match(/label="([^"]*)"/)?.[1],
    isDefault: /\sdefault\b/.test(attributes!),
  }))

describe('the sign-language video', () => {
  it.each(locales.map((locale) => [locale.code] as const))(
    'is on the home page in %s: no autoplay, nothing preloaded, captions of the page language served as WebVTT',
    async (code) => {
      const video = videoOf(builtHtml(pagePath(code, { kind: 'home' })))
      expect(video).not.toMatch(/\sautoplay\b/)
      expect(video).toMatch(/\spreload="none"/)
      expect(video).toMatch(/\scontrols\b/)
      const tracks = tracksOf(video)
      expect(tracks.length).toBeGreaterThan(0)
      for (const track of tracks) {
        expect(track.kind).toBe('captions')
        const response = await fetchSite(track.src!)
        expect(response.status, track.src).toBe(200)
        expect(response.headers.get('content-type')).toMatch(/^text\/vtt/)
        const text = await response.text()
        expect(text.startsWith('WEBVTT')).toBe(true)
      }
      // The seed has captions in every language: the page's own track is the default one.
      const shown = tracks.find((track) => track.isDefault)!
      expect(shown.srclang).toBe(code)
      expect(shown.label).toBe(getLocale(code).label)
      expect(await (await fetchSite(shown.src!)).text()).toContain(signLanguageExampleTexts[code].captions[0])
      // German is there besides, on every page in another language.
      if (code !== defaultLocale) expect(tracks.map((track) => track.srclang)).toContain(defaultLocale)
    },
  )

  it('offers the video file for download with format, size and duration in the page language, and serves it in ranges', async () => {
    const html = builtHtml(pagePath('ar', { kind: 'home' }))
    const source = videoOf(html).match(/<source src="([^"]+)" type="video\/mp4"/)?.[1]
    expect(source).toMatch(/^\/media\/.+\.mp4$/)
    const download = html.match(new RegExp(`<a href="${source}" download>([^<]+)</a>`))?.[1]
    expect(download).toContain(uiStrings.ar['video.download'].split(':')[0])
    expect(download).toContain('MP4')
    expect(download).toContain(duration(exampleClipSeconds, 'ar'))

    const whole = await fetchSite(source!)
    expect(whole.status).toBe(200)
    expect(whole.headers.get('content-type')).toBe('video/mp4')
    expect(whole.headers.get('accept-ranges')).toBe('bytes')
    const bytes = new Uint8Array(await whole.arrayBuffer())
    // An MP4 starts with its `ftyp` box; the CMS put the index (`moov`) before the picture data.
    expect(new TextDecoder().decode(bytes.slice(4, 8))).toBe('ftyp')

    // Browsers ask for ranges to start and to seek.
    const part = await fetchSite(source!, { headers: { Range: 'bytes=100-199' } })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${bytes.length}`)
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(bytes.slice(100, 200))
    const tail = await fetchSite(source!, { headers: { Range: 'bytes=-10' } })
    expect(new Uint8Array(await tail.arrayBuffer())).toEqual(bytes.slice(-10))
    const beyond = await fetchSite(source!, { headers: { Range: `bytes=${bytes.length}-` } })
    expect(beyond.status).toBe(416)
    expect(beyond.headers.get('content-range')).toBe(`bytes */${bytes.length}`)
  })

  it('shows a still of the video before play where no poster image was chosen', async () => {
    const html = builtHtml(pagePath('de', { kind: 'home' }))
    const poster = videoOf(html).match(/\sposter="([^"]+)"/)?.[1]
    expect(poster).toMatch(/^\/media\/posters\/.+\.webp$/)
    // The largest thing of the first screen: the browser fetches it first.
    expect(html.match(/<head>[\s\S]*<\/head>/)?.[0]).toContain(`<link rel="preload" as="image" href="${poster}" fetchpriority="high">`)
    const response = await fetchSite(poster!)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/webp')
    const bytes = Buffer.from(await response.arrayBuffer())
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('RIFF')
    expect(bytes.subarray(8, 12).toString('latin1')).toBe('WEBP')
    const { width, height, exif, xmp } = await sharp(bytes).metadata()
    expect([width, height]).toEqual([640, 360])
    expect(exif).toBeUndefined()
    expect(xmp).toBeUndefined()
  })

  it('has the transcript below it, in the page language', () => {
    for (const code of ['de', 'fa'] as const) {
      const html = builtHtml(pagePath(code, { kind: 'home' }))
      const transcript = html.match(/<details class="transcript"[^>]*>([\s\S]*?)<\/details>/)?.[1]
      expect(transcript).toContain(uiStrings[code]['video.transcript'])
      for (const paragraph of signLanguageExampleTexts[code].transcript) expect(transcript).toContain(`<p>${paragraph}</p>`)
    }
  })

  it('is on the accessibility statement in every locale', () => {
    for (const locale of locales) {
      const html = builtHtml(pagePath(locale.code, { kind: 'accessibility' }))
      expect(videoOf(html), locale.code).not.toMatch(/\sautoplay\b/)
      expect(html).toContain(uiStrings[locale.code]['video.signLanguage'])
    }
  })
})
