import { collectionSlugs, hasRole } from '@verband/content-types'
import type { ServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { adminText } from './text/index.ts'

const reviewed = [collectionSlugs.stories, collectionSlugs.pressReleases] as const

/**
 * On the dashboard: the review queue. Editors see what authors have submitted; authors see
 * what was sent back to them, with the comment.
 */
export async function ReviewQueue({ payload, i18n, user }: ServerProps) {
  if (!user) return null
  const t = adminText(i18n?.language).reviewQueue
  const isEditor = hasRole(user, 'admin', 'editor')
  const state = isEditor ? 'submitted' : 'changesRequested'
  const items = []
  for (const collection of reviewed) {
    const { docs } = await payload.find({ collection, draft: true, depth: 0, locale: 'de', pagination: false, where: { review: { equals: state } }, sort: '-updatedAt' })
    for (const doc of docs) items.push({ collection, doc })
  }
  return (
    <section className="site-status review-queue" data-review-queue={state}>
      <h2>{isEditor ? t.editors : t.authors}</h2>
      {items.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul>
          {items.map(({ collection, doc }) => (
            <li key={`${collection}:${doc.id}`}>
              <a href={formatAdminURL({ adminRoute: payload.config.routes.admin, path: `/collections/${collection}/${doc.id}` })}>{doc.title}</a>
              {doc.lastChangedBy ? ` (${t.by} ${doc.lastChangedBy})` : ''}
              {!isEditor && doc.reviewComment ? <blockquote>{doc.reviewComment}</blockquote> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
