import { collectionSlugs, getLocale, globalSlugs, hasRole, isLocaleCode, type LocaleCode } from '@verband/content-types'
import type { Endpoint } from 'payload'

import type { Env } from '../env.ts'
import { errorJson } from '../apiResponses.ts'
import { releaseMail, type LocalizedRelease } from './releaseMail.ts'

/**
 * `POST /api/press-releases/:id/test-mail` (`{ "locale": "ar" }`): an editor gets the release as
 * a subscriber with that language would, from its latest saved version (a draft too), marked
 * as a test in the subject. Only to the editor's own address: nobody on the list hears of it.
 * Its personal links lead to the website's press list, as no subscriber stands behind it.
 */
export function testMailEndpoint(env: Env): Endpoint {
  return {
    path: '/:id/test-mail',
    method: 'post',
    handler: async (req) => {
      const user = req.user
      if (!user || user.collection !== collectionSlugs.users || !hasRole(user, 'admin', 'editor')) {
        return errorJson(403, 'Nur die Redaktion kann Testmails senden (editors and admins only).')
      }
      if (!env.smtp) return errorJson(503, 'Es ist kein Mailserver eingerichtet (SMTP_URL): es kann keine Testmail gesendet werden.')
      const body = (await req.json?.().catch(() => undefined)) as { locale?: unknown } | undefined
      const locale: LocaleCode = isLocaleCode(body?.locale) ? body.locale : 'de'
      const release = await req.payload.findByID({ collection: collectionSlugs.pressReleases, id: String(req.routeParams?.id), draft: true, locale: 'all', depth: 1, req, disableErrors: true })
      if (!release) return errorJson(404, 'Diese Pressemitteilung gibt es nicht (no such press release).')
      const settings = await req.payload.findGlobal({ slug: globalSlugs.siteSettings, locale: 'all', depth: 0, req })
      const pressList = new URL(`/${getLocale(locale).path}/press/#press-list`, env.siteUrl).href
      const mail = releaseMail(release as unknown as LocalizedRelease, { id: `test-${user.id}`, email: user.email, name: String(user.name ?? user.email), languages: [locale] }, settings.name as never, env.smtp.from, {
        siteUrl: env.siteUrl,
        manage: pressList,
        unsubscribe: pressList,
      })
      await req.payload.sendEmail({ to: mail.to, subject: `[Test] ${mail.subject}`, text: mail.text, html: mail.html })
      return Response.json({ message: `Testmail an ${user.email} gesendet (${mail.locale}).`, to: user.email, locale: mail.locale })
    },
  }
}
