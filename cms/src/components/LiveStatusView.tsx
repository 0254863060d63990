'use client'

import { useConfig, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

import type { DocumentLiveState } from '../publish/liveState.ts'
import { adminText } from './text/index.ts'

type Status = DocumentLiveState & { pageUrl?: string }

/** While the website is being rebuilt, ask this often whether the document is live yet. */
const pollMs = 1500

export function LiveStatusView({ collection, id, initial }: { collection: string; id: number | string; initial: Status }) {
  const { config } = useConfig()
  const { savedDocumentData } = useDocumentInfo()
  const { code: locale } = useLocale()
  const { i18n } = useTranslation()
  const [status, setStatus] = useState(initial)
  const savedAt = savedDocumentData?.updatedAt as string | undefined
  const { liveStatus: t, dateLocale } = adminText(i18n.language)

  // The page came with the first answer: ask again after every save (publish, unpublish,
  // draft) and on a change of language, and keep asking while a rebuild is under way.
  const answered = useRef(initial.state !== 'pending')
  useEffect(() => {
    if (answered.current) {
      answered.current = false
      return
    }
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const query = new URLSearchParams({ collection, id: String(id), locale })
    const check = async () => {
      const response = await fetch(`${config.serverURL}${config.routes.api}/site-builds/live-state?${query}`, { credentials: 'include' }).catch(() => undefined)
      const next = response?.ok ? ((await response.json()) as Status) : undefined
      if (stopped) return
      if (next) setStatus(next)
      if (!next || next.state === 'pending') timer = setTimeout(() => void check(), pollMs)
    }
    void check()
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [collection, id, locale, savedAt, config.serverURL, config.routes.api])

  const until = status.until
    ? new Date(status.until).toLocaleString(dateLocale, { timeZone: 'Europe/Berlin', dateStyle: 'medium', timeStyle: 'short' })
    : ''
  return (
    <div className="field-type document-live-status" data-live-state={status.state}>
      <strong>{t.title}</strong>
      <p role="status">{status.state === 'embargoed' ? `${t.embargoed} ${until}.` : t[status.state]}</p>
      {status.pageUrl && (
        <a href={status.pageUrl} target="_blank" rel="noopener">
          {t.open}
        </a>
      )}
    </div>
  )
}
