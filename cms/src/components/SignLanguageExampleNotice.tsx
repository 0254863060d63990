import { collectionSlugs, exampleSignLanguageVideoFilename, globalSlugs } from '@verband/content-types'
import type { UIFieldServerProps } from 'payload'

import { adminText } from './text/index.ts'

/**
 * On the site settings' sign-language tab: a warning while the seed's example clip (a test
 * pattern, no sign language) is still the home page's or the accessibility statement's video.
 */
export async function SignLanguageExampleNotice({ payload, req }: UIFieldServerProps) {
  const { docs } = await payload.find({
    collection: collectionSlugs.media,
    where: { filename: { equals: exampleSignLanguageVideoFilename } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const example = docs[0]
  if (!example) return null
  const settings = await payload.findGlobal({ slug: globalSlugs.siteSettings, depth: 0, overrideAccess: true, req })
  const chosen = [settings.homeSignLanguageVideo, settings.accessibilitySignLanguageVideo].some((value) => value === example.id)
  if (!chosen) return null
  const t = adminText(req.i18n.language).signLanguageExample
  return (
    <div className="sign-language-example-notice" role="note" style={{ border: '2px solid var(--theme-warning-500)', borderRadius: 'var(--style-radius-m)', padding: 'var(--base)', marginBottom: 'var(--base)' }}>
      <strong>{t.heading}</strong>
      <p style={{ margin: 'calc(var(--base) / 2) 0 0' }}>{t.text}</p>
    </div>
  )
}
