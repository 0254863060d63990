import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { freePort, startRestApiServer } from '@verband/cms/testing'
import { afterAll, expect, inject, it } from 'vitest'

import { buildSite } from '../build/buildSite.ts'
import { pagePath } from '../src/lib/routes.ts'

/**
 * Publishing one language leaves another language's pending draft off the website: the admin
 * publishes the language being edited (Payload's `publishSpecificLocale`), and the site shows
 * what is published in each language.
 */

const outDir = mkdtempSync(path.join(tmpdir(), 'verband-locale-publishing-'))
afterAll(() => rmSync(outDir, { recursive: true, force: true }))

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    version: 1,
    children: [{ type: 'paragraph', direction: 'ltr' as const, format: '' as const, indent: 0, version: 1, textFormat: 0, children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }] }],
  },
})

it('publishes German while an Arabic draft waits, and the built Arabic page keeps the published Arabic text', async () => {
  const port = await freePort()
  Object.assign(process.env, inject('cmsEnv'), { CMS_URL: `http://127.0.0.1:${port}` })
  const { getPayload } = await import('payload')
  const { default: config } = await import('@verband/cms/config')
  const payload = await getPayload({ config })
  const base = { slug: 'eine-sprache-nach-der-anderen', publishedAt: '2026-02-01T09:00:00.000Z', regions: ['dresden'] as const }
  const story = await payload.create({
    collection: 'stories',
    locale: 'de',
    data: { ...base, regions: [...base.regions], title: 'Deutsch, Fassung 1', summary: 'Zusammenfassung.', body: paragraph('Deutscher Text.'), _status: 'published' },
  })
  await payload.update({ collection: 'stories', id: story.id, locale: 'ar', data: { title: 'النسخة العربية المنشورة', summary: 'ملخص.', body: paragraph('نص عربي.'), _status: 'published' } })
  await payload.update({ collection: 'stories', id: story.id, locale: 'ar', draft: true, data: { title: 'مسودة عربية غير منشورة' } })
  await payload.update({ collection: 'stories', id: story.id, locale: 'de', data: { title: 'Deutsch, Fassung 2', _status: 'published' }, publishSpecificLocale: 'de' })

  const api = await startRestApiServer(config, port)
  try {
    await buildSite({ outDir, cmsUrl: api.url, siteUrl: 'http://127.0.0.1:4321' })
  } finally {
    await api.stop()
  }
  const page = (locale: 'de' | 'ar') => readFileSync(path.join(outDir, pagePath(locale, { kind: 'story', slug: base.slug }), 'index.html'), 'utf8')
  expect(page('de')).toContain('Deutsch, Fassung 2')
  expect(page('ar')).toContain('النسخة العربية المنشورة')
  expect(page('ar')).not.toContain('مسودة عربية غير منشورة')
}, 300_000)
