import { collectionSlugs, defaultLocale, documentPagePath, getLocale, globalSlugs, isLocaleCode, type LocaleCode, type PressSubscriber } from '@verband/content-types'
import type { Endpoint, PayloadRequest } from 'payload'

import type { Env } from '../env.ts'
import { isEmbargoed } from './delivery.ts'
import { embargoBinding, embargoLink, manageLinks } from './links.ts'
import { pressListPage } from './page.ts'
import { mailLocale, releaseContent, type LocalizedRelease } from './releaseMail.ts'
import { pressListTexts } from './text/index.ts'
import { verifyPressListToken } from './tokens.ts'

type Release = LocalizedRelease & { _status?: string | null; embargoUntil?: string | null }

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

/**
 * `GET /api/press-list/embargoed?token=…`: an accredited journalist's personal link to one
 * release under embargo, served by the CMS because the website does not have it yet. It shows
 * the release in the subscriber's language, never cached or indexed and sending no referrer
 * (the link is the key), and logs each opening on the release. A link that was not signed by
 * this CMS, or was changed, answers 403; one whose release was withdrawn, whose subscriber left
 * or lost the accreditation, or whose address changed, 410. Once the embargo is over it leads
 * to the public page.
 */
export function embargoedReleaseEndpoint(env: Env): Endpoint {
  return {
    path: '/press-list/embargoed',
    method: 'get',
    handler: async (req) => {
      const token = new URL(req.url ?? 'http://localhost').searchParams.get('token') ?? ''
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
      if (!isEmbargoed(release)) {
        const path = documentPagePath(getLocale(mailLocale(release, languages)).path, 'press-releases', release.slug)!
        return new Response(null, { status: 302, headers: { Location: new URL(path, env.siteUrl).href, 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' } })
      }
      await req.payload.create({ collection: collectionSlugs.pressLinkOpenings, data: { release: release.id, subscriber: subscriber.id, opened: 'page' } as never, depth: 0, overrideAccess: true })
      const settings = await req.payload.findGlobal({ slug: globalSlugs.siteSettings, locale: 'all', depth: 0, overrideAccess: true })
      const recipient = { id: subscriber.id, email: subscriber.email, name: subscriber.name, languages }
      const ahead = { until: release.embargoUntil, link: embargoLink(env, subscriber, release.id) }
      const { html } = releaseContent(release, recipient, settings.name as unknown as Record<string, string | null>, manageLinks(env, subscriber), ahead)
      return new Response(html.replace('<head>', '<head><meta name="robots" content="noindex, nofollow">'), {
        status: 200,
        headers: {
          'Content-Type': 'text/html; charset=utf-8',
          'Cache-Control': 'private, no-store',
          'Referrer-Policy': 'no-referrer',
          'X-Robots-Tag': 'noindex, nofollow',
        },
      })
    },
  }
}
