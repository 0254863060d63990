import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import exifReader from 'exif-reader'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startCmsServer, type CmsServer } from './support/cmsServer.ts'
import { startTestPayload } from './support/testPayload.ts'

/**
 * The media library's upload screen, through the real server's REST API (as the admin uses
 * it) and the Local API: metadata stripped from every stored file, types judged by content,
 * size limits, unsafe SVGs refused, and nothing stored for a refused upload.
 */

let payload: Payload
let close: () => Promise<void>
let server: CmsServer
let mediaDir: string
let token = ''
const password = 'a-long-test-password'

/** A camera photo: maker and model, time, GPS position, and a rotated orientation. */
async function cameraPhoto(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: '#c84' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'Canon', Model: 'EOS 5D' },
      IFD2: { DateTimeOriginal: '2026:01:01 10:00:00' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 3/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '13/1 44/1 0/1' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer()
}

async function upload(
  file: { data: Buffer; name: string; type: string },
  fields: Record<string, string> = { alt: 'Ein Foto', credit: 'Test', licence: 'cc0-1.0' },
  /** The interface language the uploader chose (Payload's cookie); German without one. */
  language?: string,
) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
  form.append('_payload', JSON.stringify(fields))
  const response = await fetch(`${server.url}/api/media`, { method: 'POST', body: form, headers: { Authorization: `JWT ${token}`, ...(language ? { Cookie: `payload-lng=${language}` } : {}) } })
  return { status: response.status, body: (await response.json()) as { doc?: { id: number | string; filename: string; sizes: Record<string, { filename?: string | null }> }; errors?: unknown[] } }
}

const storedFiles = () => readdirSync(mediaDir).sort()
const mediaCount = async () => (await payload.count({ collection: 'media' })).totalDocs

async function expectRefused(result: Awaited<ReturnType<typeof upload>>, message: RegExp, before: { files: string[]; count: number }) {
  expect(result.status).toBe(400)
  expect(JSON.stringify(result.body.errors)).toMatch(message)
  expect(storedFiles()).toEqual(before.files)
  expect(await mediaCount()).toBe(before.count)
}

async function snapshot() {
  return { files: storedFiles(), count: await mediaCount() }
}

beforeAll(async () => {
  const started = await startTestPayload()
  ;({ payload, close } = started)
  mediaDir = started.testEnv.env.MEDIA_DIR!
  await payload.create({ collection: 'users', data: { email: 'author@uploads.test', password, name: 'Autorin', role: 'author' } })
  // A first upload creates the media folder, so "nothing stored" can compare listings.
  await payload.create({ collection: 'media', data: { alt: 'Start', credit: 'Test', licence: 'cc0-1.0' }, file: { data: await cameraPhoto(), mimetype: 'image/jpeg', name: 'start.jpg', size: 1 } })
  server = await startCmsServer(started.testEnv.env)
  const login = await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'author@uploads.test', password }) })
  token = String(((await login.json()) as { token: string }).token)
})

afterAll(async () => {
  await server?.stop()
  await close?.()
})

describe('photos lose their metadata', () => {
  it('stores no EXIF, GPS, XMP or IPTC in the original or any derived size, with the orientation applied', async () => {
    const photo = await cameraPhoto()
    const before = exifReader((await sharp(photo).metadata()).exif!)
    expect(before.GPSInfo?.GPSLatitude).toBeDefined()
    expect(before.Image?.Make).toBe('Canon')

    const result = await upload({ data: photo, name: 'demo-vor-dem-landtag.jpg', type: 'image/jpeg' })
    expect(result.status).toBe(201)
    const doc = result.body.doc!
    const files = [doc.filename, ...Object.values(doc.sizes).map((size) => size.filename)].filter((name): name is string => Boolean(name))
    expect(files.length).toBe(3) // original, thumbnail, large
    for (const name of files) {
      const bytes = readFileSync(path.join(mediaDir, name))
      const metadata = await sharp(bytes).metadata()
      expect(metadata.exif, name).toBeUndefined()
      expect(metadata.xmp, name).toBeUndefined()
      expect(metadata.iptc, name).toBeUndefined()
      expect(bytes.includes(Buffer.from('Exif\0\0')), name).toBe(false)
      expect(bytes.includes(Buffer.from('Canon')), name).toBe(false)
    }
    const original = await sharp(readFileSync(path.join(mediaDir, doc.filename))).metadata()
    // Orientation 6 means "rotate 90°": the stored pixels are upright and the tag is gone.
    expect([original.width, original.height, original.orientation]).toEqual([48, 64, undefined])
  })
})

describe('types are judged by content', () => {
  it('refuses a text file named and declared as a JPEG, and stores nothing', async () => {
    const before = await snapshot()
    const result = await upload({ data: Buffer.from('just some text, not a photo\n'.repeat(20)), name: 'foto.jpg', type: 'image/jpeg' })
    await expectRefused(result, /kein erlaubter Dateityp/, before)
  })

  it('refuses an HTML page disguised as a PNG', async () => {
    const before = await snapshot()
    const result = await upload({ data: Buffer.from('<html><body><script>alert(1)</script></body></html>'), name: 'logo.png', type: 'image/png' })
    await expectRefused(result, /kein erlaubter Dateityp/, before)
  })

  it('refuses a PNG whose name and declared type claim it is a JPEG', async () => {
    const before = await snapshot()
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).png().toBuffer()
    const result = await upload({ data: png, name: 'bild.jpg', type: 'image/jpeg' })
    await expectRefused(result, /gibt sich als image\/jpeg aus, ist aber PNG/, before)
  })

  it('accepts a PDF whose browser declared no type', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\nxref\n0 3\ntrailer <</Size 3 /Root 1 0 R>>\n%%EOF\n')
    const result = await upload({ data: pdf, name: 'faktenblatt.pdf', type: 'application/octet-stream' }, { credit: 'Verband', licence: 'press-with-credit' })
    expect(result.status).toBe(201)
    expect(result.body.doc?.filename).toBe('faktenblatt.pdf')
  })
})

describe('SVG', () => {
  const svg = (body: string) => Buffer.from(`<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${body}</svg>`)

  it('accepts a plain logo', async () => {
    const result = await upload({ data: svg('<rect width="10" height="10" fill="#063"/>'), name: 'logo.svg', type: 'image/svg+xml' }, { alt: 'Logo', credit: 'Verband', licence: 'press-with-credit' })
    expect(result.status).toBe(201)
  })

  it.each([
    ['a script', '<script>alert(document.cookie)</script>', /es enthält ein Skript/],
    ['an event handler', '<rect width="10" height="10" onclick="alert(1)"/>', /Event-Handler \(onclick\)/],
    ['an outside image', '<image href="https://tracker.example/pixel.png" width="1" height="1"/>', /von außerhalb \(https:\/\/tracker\.example/],
    ['an outside style', '<style>@import url(https://fonts.example/x.css);</style>', /importiert ein Stylesheet/],
    ['a javascript: link', '<a href="javascript:alert(1)"><rect width="5" height="5"/></a>', /verweist auf ein Skript \(javascript:/],
  ])('refuses an SVG with %s, and stores nothing', async (_what, body, message) => {
    const before = await snapshot()
    const result = await upload({ data: svg(body), name: 'logo.svg', type: 'image/svg+xml' }, { alt: 'Logo', credit: 'Verband', licence: 'press-with-credit' })
    await expectRefused(result, message, before)
  })

  it('says why in the uploader’s interface language', async () => {
    const before = await snapshot()
    const result = await upload({ data: svg('<script>alert(1)</script>'), name: 'logo.svg', type: 'image/svg+xml' }, { alt: 'Logo', credit: 'Verband', licence: 'press-with-credit' }, 'en')
    await expectRefused(result, /"The SVG “logo.svg” is not accepted: it contains a script\."/, before)
  })
})

describe('limits and required fields', () => {
  it('refuses a photo over the size limit for photos, and stores nothing', async () => {
    const before = await snapshot()
    // JPEG magic bytes in front of 26 MB: a photo by content, too large by size.
    const data = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]), Buffer.alloc(26 * 1024 * 1024)])
    await expect(
      payload.create({ collection: 'media', data: { alt: 'Zu groß', credit: 'Test', licence: 'cc0-1.0' }, file: { data, mimetype: 'image/jpeg', name: 'riesig.jpg', size: data.length } }),
    ).rejects.toMatchObject({ data: { errors: [{ path: 'file', message: expect.stringMatching(/höchstens 25 MB/) }] } })
    expect(await snapshot()).toEqual(before)
  })

  it('cannot save an image without alt text, and stores nothing', async () => {
    const before = await snapshot()
    const result = await upload({ data: await cameraPhoto(), name: 'ohne-alt.jpg', type: 'image/jpeg' }, { credit: 'Test', licence: 'cc0-1.0' })
    await expectRefused(result, /Alternativtext/, before)
  })
})
