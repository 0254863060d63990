import { defaultLocale, documentPagePath, getLocale } from '@verband/content-types'
import type { UIFieldServerProps } from 'payload'

import { loadEnv } from '../env.ts'
import { documentLiveState } from '../publish/liveState.ts'

const text = {
  de: {
    title: 'Website',
    notPublished: 'Nicht veröffentlicht: nicht auf der Website.',
    live: 'Die veröffentlichte Fassung ist live.',
    pending: 'Veröffentlicht; die Website wird gerade aktualisiert.',
    notYet: 'Veröffentlicht, aber noch nicht live (siehe Übersicht).',
    open: 'Seite ansehen',
  },
  en: {
    title: 'Website',
    notPublished: 'Not published: not on the website.',
    live: 'The published version is live.',
    pending: 'Published; the website is being updated.',
    notYet: 'Published, but not live yet (see the dashboard).',
    open: 'View page',
  },
}

/**
 * In the edit view's sidebar: whether this document's published version is on the website
 * yet. A build shows a change if it read the content after the change was published.
 */
export async function DocumentLiveStatus({ id, collectionSlug, payload, i18n }: UIFieldServerProps) {
  if (!id) return null
  const t = i18n?.language === 'en' ? text.en : text.de
  const { state, slug } = await documentLiveState(payload, collectionSlug, id)
  const pagePath = slug ? documentPagePath(getLocale(defaultLocale).path, collectionSlug, slug) : undefined
  return (
    <div className="field-type document-live-status" data-live-state={state}>
      <strong>{t.title}</strong>
      <p>{t[state]}</p>
      {state === 'live' && pagePath && (
        <a href={new URL(pagePath, loadEnv().siteUrl).href} target="_blank" rel="noopener">
          {t.open}
        </a>
      )}
    </div>
  )
}
