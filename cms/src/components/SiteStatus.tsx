import { collectionSlugs, hasRole } from '@verband/content-types'
import type { ServerProps } from 'payload'

import { loadEnv } from '../env.ts'
import { siteQueueState } from '../publish/queue.ts'
import { PublishAction } from './PublishAction.tsx'
import { RefreshWhile } from './RefreshWhile.tsx'
import { adminText } from './text/index.ts'
import './siteStatus.css'

type Build = { id: number | string; status: 'building' | 'published' | 'failed'; startedAt?: string | null; finishedAt?: string | null; pages?: number | null; error?: string | null; reason?: string | null; folder?: string | null }

/**
 * The website's state at a glance on the admin dashboard: live since when, building now,
 * the last failure and why, and the actions (republish for editors, rollback for admins).
 */
export async function SiteStatus({ payload, user, i18n }: ServerProps) {
  if (!hasRole(user, 'admin', 'editor', 'author')) return null
  const { siteStatus: t, dateLocale } = adminText(i18n?.language)
  const env = loadEnv()
  const { docs } = await payload.find({ collection: collectionSlugs.siteBuilds, sort: '-startedAt', limit: 8, depth: 0, overrideAccess: true })
  const builds = docs as unknown as Build[]
  const queue = await siteQueueState(payload)
  const live = builds.find((build) => build.status === 'published')
  const failure = builds.find((build) => build.status === 'failed')
  const lastFailure = failure && (!live || (failure.startedAt ?? '') > (live.startedAt ?? '')) ? failure : undefined
  const building = builds.some((build) => build.status === 'building')
  const format = (iso?: string | null) => (iso ? new Date(iso).toLocaleString(dateLocale, { timeZone: 'Europe/Berlin' }) : '–')

  return (
    <section className="site-status" aria-labelledby="site-status-title">
      <h2 id="site-status-title">{t.title}</h2>
      <p data-site-state={live ? 'live' : 'none'}>
        {live ? `${t.liveSince} ${format(live.finishedAt)} (${live.pages ?? '?'} ${t.pages})` : t.notBuilt}{' '}
        <a href={env.siteUrl} target="_blank" rel="noopener">
          {t.open}
        </a>
      </p>
      {building && <p data-site-state="building">{t.building}</p>}
      {!building && queue.active && <p data-site-state="queued">{t.queued}</p>}
      {queue.nextBookedAt && (
        <p data-site-state="booked">
          {t.booked}: {format(queue.nextBookedAt)}
        </p>
      )}
      <RefreshWhile active={building || queue.active} />
      {lastFailure && (
        <div className="site-status__failure" role="status">
          <strong>
            {t.lastFailure} ({format(lastFailure.startedAt)}):
          </strong>
          <pre>{lastFailure.error}</pre>
        </div>
      )}
      {hasRole(user, 'admin', 'editor') && <PublishAction action="rebuild" label={t.rebuild} />}
      <h3>{t.recent}</h3>
      <ul className="site-status__builds">
        {builds.map((build) => (
          <li key={build.id}>
            <span>{format(build.startedAt)}</span> · <span>{t.status[build.status]}</span> · <span>{build.reason}</span>
            {build.pages ? <span> · {build.pages} {t.pages}</span> : null}
            {hasRole(user, 'admin') && build.status === 'published' && build.id !== live?.id && build.folder && (
              <PublishAction action="rollback" buildId={build.id} label={t.rollback} />
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
