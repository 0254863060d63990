import { createReadStream } from 'node:fs'
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'

import { collectionSlugs, documentPagePath, getLocale, globalSlugs, type LocaleCode, type Media } from '@verband/content-types'
import type { PayloadRequest } from 'payload'

import type { Env } from '../env.ts'
import { lastLines, runSiteScript } from '../publish/siteScript.ts'

/** What the downloads of an embargoed release are made from: the release as read with `locale: 'all'` and `depth: 1`. */
export type DownloadableRelease = { id: number | string; slug: string; updatedAt: string; attachments?: Array<number | string | Media> | null }

export type ReleaseFiles = { pdf: Uint8Array<ArrayBuffer>; zip: Uint8Array<ArrayBuffer> }

export function attachmentsOf(release: DownloadableRelease): Media[] {
  return (release.attachments ?? []).filter((media): media is Media => typeof media === 'object' && media !== null)
}

/**
 * The original of a media file as a response, wherever it is stored: through the storage
 * adapter's handler on S3 (as Payload's own file route does), else from the media folder.
 * Null when the file is missing.
 */
export async function mediaOriginal(req: PayloadRequest, env: Env, media: Media): Promise<Response | null> {
  if (!media.filename) return null
  if (env.s3) {
    const upload = req.payload.collections[collectionSlugs.media].config.upload
    for (const handler of upload.handlers ?? []) {
      const response = await handler(req, { doc: media, headers: new Headers(), params: { collection: collectionSlugs.media, filename: media.filename } })
      if (response instanceof Response) return response.ok ? response : null
    }
    return null
  }
  const root = path.resolve(env.mediaDir)
  const file = path.resolve(root, media.filename)
  if (!file.startsWith(root + path.sep)) return null
  const stats = await stat(file).catch(() => null)
  if (!stats?.isFile()) return null
  return new Response(Readable.toWeb(createReadStream(file)) as ReadableStream, { headers: { 'Content-Length': String(stats.size) } })
}

/**
 * The last few releases' files, by release, version and language: journalists open a link
 * more than once, and each making takes a process start. A new version of the release is a
 * new key; the oldest entries go first.
 */
const made = new Map<string, Promise<ReleaseFiles>>()
const keep = 8

/**
 * The PDF and the ZIP of a release under embargo in one language, made by the website's own
 * code (site/build/releaseDownloadsCli.ts) in a process of its own, as the website's build
 * is: so the files journalists get ahead are those the website publishes when the embargo
 * ends, the embargo line on every PDF page included. The CMS hands it the release, which the
 * website cannot read yet, and the attachments' originals.
 */
export function embargoedDownloads(req: PayloadRequest, env: Env, release: DownloadableRelease, locale: LocaleCode): Promise<ReleaseFiles> {
  const key = `${release.id}:${release.updatedAt}:${locale}`
  let pending = made.get(key)
  if (!pending) {
    pending = make(req, env, release, locale)
    made.set(key, pending)
    pending.catch(() => made.delete(key))
    for (const old of made.keys()) if (made.size > keep) made.delete(old)
  }
  return pending
}

async function make(req: PayloadRequest, env: Env, release: DownloadableRelease, locale: LocaleCode): Promise<ReleaseFiles> {
  const dir = await mkdtemp(path.join(tmpdir(), 'verband-embargoed-'))
  try {
    const files: Record<string, string> = {}
    for (const media of attachmentsOf(release)) {
      const original = await mediaOriginal(req, env, media)
      if (!original) throw new Error(`The file of attachment ${media.id} (${media.filename}) of press release "${release.slug}" is missing`)
      files[media.id] = path.join(dir, `attachment-${media.id}`)
      await writeFile(files[media.id]!, new Uint8Array(await original.arrayBuffer()))
    }
    const settings = await req.payload.findGlobal({ slug: globalSlugs.siteSettings, locale: 'all', depth: 0, overrideAccess: true })
    const pageUrl = new URL(documentPagePath(getLocale(locale).path, 'press-releases', release.slug)!, env.siteUrl).href
    await runReleaseDownloads(dir, JSON.stringify({ release, settings, locale, pageUrl, files }))
    const [pdf, zip] = await Promise.all([readFile(path.join(dir, 'release.pdf')), readFile(path.join(dir, 'release.zip'))])
    return { pdf: new Uint8Array(pdf), zip: new Uint8Array(zip) }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

async function runReleaseDownloads(outDir: string, input: string): Promise<void> {
  const { code, log } = await runSiteScript('build/releaseDownloadsCli.ts', { args: [outDir], stdin: input })
  if (code !== 0) throw new Error(`Making the release's PDF and ZIP failed (exit ${code}): ${lastLines(log, 8)}`)
}
