import { collectionSlugs, hasRole } from '@verband/content-types'
import type { ServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

const text = {
  de: { editors: 'Zur Prüfung eingereicht', authors: 'Von der Redaktion zurückgegeben', none: 'Nichts wartet.', by: 'von' },
  en: { editors: 'Submitted for review', authors: 'Sent back by the editors', none: 'Nothing waiting.', by: 'by' },
}

const reviewed = [collectionSlugs.stories, collectionSlugs.pressReleases] as const

/**
 * On the dashboard: the review queue. Editors see what authors have submitted; authors see
 * what was sent back to them, with the comment.
 */
export async function ReviewQueue({ payload, i18n, user }: ServerProps) {
  if (!user) return null
  const t = i18n?.language === 'en' ? text.en : text.de
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
