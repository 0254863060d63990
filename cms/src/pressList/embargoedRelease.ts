import {
  collectionSlugs,
  defaultLocale,
  documentPagePath,
  getLocale,
  globalSlugs,
  isLocaleCode,
  pressLinkParts,
  releaseFilePath,
  type LocaleCode,
  type PressLinkPart,
  type PressSubscriber,
} from '@verband/content-types'
import type { Endpoint, PayloadRequest } from 'payload'

import type { Env } from '../env.ts'
import { isEmbargoed } from './delivery.ts'
import { attachmentsOf, embargoedDownloads, mediaOriginal, type DownloadableRelease } from './embargoedDownloads.ts'
import { embargoBinding, embargoLink, embargoPartLink, manageLinks } from './links.ts'
import { pressListPage } from './page.ts'
import { mailLocale, releaseContent, type LocalizedRelease } from './releaseMail.ts'
import { pressListTexts } from './text/index.ts'
import { verifyPressListToken } from './tokens.ts'

type Release = LocalizedRelease & DownloadableRelease & { _status?: string | null; embargoUntil?: string | null }
const firstLanguage = (subscriber: PressSubscriber): LocaleCode => subscriber.languages?.find(isLocaleCode) ?? defaultLocale

/** A refusal in the subscriber's language (German when the link says nothing about who): 403 forged, 410 no longer valid. */
function refusal(env: Env, locale: LocaleCode, status: 403 | 410): Response {
  const t = pressListTexts[locale].embargoLink
  const [title, text] = status === 403 ? [t.invalidTitle, t.invalidText] : [t.endedTitle, t.endedText]
  return pressListPage({ locale, title, text, status, link: { href: new URL(`/${getLocale(locale).path}/press/`, env.siteUrl).href, label: pressListTexts[locale].page.backToPress } })
}

async function readSubscriber(req: PayloadRequest, id: number | string): Promise<PressSubscriber | null> {
  return (await req.payload.findByID({ collection: collectionSlugs.pressSubscribers, id, depth: 0, overrideAccess: true, disableErrors: true })) as PressSubscriber | null
}

async function readRelease(req: PayloadRequest, id: string): Promise<Release | null> {
  return (await req.payload.findByID({ collection: collectionSlugs.pressReleases, id, locale: 'all', depth: 1, draft: false, overrideAccess: true, disableErrors: true })) as unknown as Release | null
}

const isPart = (value: string): value is PressLinkPart => (pressLinkParts as readonly string[]).includes(value)

/** Never kept by a cache, indexed, or named as a referrer: the link is the key. */
const privateHeaders = {
  'Cache-Control': 'private, no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex, nofollow',
  'X-Content-Type-Options': 'nosniff',
}

/** A file to save, never shown in the CMS's origin (an SVG among the attachments runs no script there). */
function download(body: BodyInit, type: string, filename: string, size?: number): Response {
  return new Response(body, {
    headers: {
      ...privateHeaders,
      'Content-Type': type,
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`,
      'Content-Security-Policy': "sandbox; default-src 'none'",
      ...(size === undefined ? {} : { 'Content-Length': String(size) }),
    },
  })
}

/**
 * `GET /api/press-list/embargoed?token=…[&part=pdf|zip|file&file=<media id>]`: an accredited
 * journalist's personal link to one release under embargo, served by the CMS because the
 * website does not have it yet. It shows the release in the subscriber's language, or gives
 * its PDF, its ZIP or one of its attachments (only its own: the media rule keeps them private
 * until the embargo ends), never cached or indexed and sending no referrer (the link is the
 * key), and logs each opening on the release. A link that was not signed by
 * this CMS, or was changed, answers 403; one whose release was withdrawn, whose subscriber left
 * or lost the accreditation, or whose address changed, 410. Once the embargo is over it leads
 * to the public page (or file).
 */
export function embargoedReleaseEndpoint(env: Env): Endpoint {
  return {
    path: '/press-list/embargoed',
    method: 'get',
    handler: async (req) => {
      const url = new URL(req.url ?? 'http://localhost')
      const token = url.searchParams.get('token') ?? ''
      const check = verifyPressListToken(env.payloadSecret, token, 'embargo')
      if (!check.ok) return refusal(env, defaultLocale, 403)
      const releaseId = check.token.binding.slice(0, check.token.binding.indexOf(':'))
      const subscriber = await readSubscriber(req, check.token.subscriber)
      const locale = subscriber ? firstLanguage(subscriber) : defaultLocale
      if (!subscriber || check.token.binding !== embargoBinding(env.payloadSecret, releaseId, subscriber.email)) return refusal(env, locale, 410)
      if (subscriber.status !== 'confirmed' || !subscriber.accredited) return refusal(env, locale, 410)
      const release = await readRelease(req, releaseId)
      if (!release || release._status !== 'published') return refusal(env, locale, 410)

      const languages = (subscriber.languages ?? []) as LocaleCode[]
      const releaseLocale = mailLocale(release, languages)
      const part = url.searchParams.get('part') ?? 'page'
      if (!isPart(part)) return refusal(env, locale, 403)
      if (!isEmbargoed(release)) {
        const localePath = getLocale(releaseLocale).path
        const path = part === 'pdf' || part === 'zip' ? releaseFilePath(localePath, release.slug, part) : documentPagePath(localePath, 'press-releases', release.slug)!
        return new Response(null, { status: 302, headers: { Location: new URL(path, env.siteUrl).href, 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' } })
      }
      const link = embargoLink(env, subscriber, release.id)
      const opened = (file?: string) =>
        req.payload.create({ collection: collectionSlugs.pressLinkOpenings, data: { release: release.id, subscriber: subscriber.id, opened: part, file } as never, depth: 0, overrideAccess: true })

      if (part === 'file') {
        // Only this release's own files: any other id was not in a link the CMS made.
        const media = attachmentsOf(release).find((candidate) => String(candidate.id) === url.searchParams.get('file'))
        const original = media && (await mediaOriginal(req, env, media))
        if (!media || !original?.body) return refusal(env, locale, 403)
        await opened(media.filename ?? undefined)
        const size = original.headers.get('Content-Length')
        return download(original.body, media.mimeType ?? 'application/octet-stream', media.filename!, size ? Number(size) : undefined)
      }
      if (part === 'pdf' || part === 'zip') {
        const files = await embargoedDownloads(req, env, release, releaseLocale)
        await opened()
        return download(files[part], part === 'pdf' ? 'application/pdf' : 'application/zip', `${release.slug}.${part}`, files[part].byteLength)
      }
      await opened()
      const settings = await req.payload.findGlobal({ slug: globalSlugs.siteSettings, locale: 'all', depth: 0, overrideAccess: true })
      const recipient = { id: subscriber.id, email: subscriber.email, name: subscriber.name, languages }
      const files = attachmentsOf(release).map((media) => ({ href: embargoPartLink(link, 'file', media.id), label: media.filename ?? String(media.id) }))
      const { html } = releaseContent(release, recipient, settings.name as unknown as Record<string, string | null>, manageLinks(env, subscriber), { until: release.embargoUntil!, link, files })
      return new Response(html.replace('<head>', '<head><meta name="robots" content="noindex, nofollow">'), {
        status: 200,
        headers: { ...privateHeaders, 'Content-Type': 'text/html; charset=utf-8' },
      })
    },
  }
}
