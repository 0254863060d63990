import { collectionSlugs, type MediaUseState } from '@verband/content-types'
import type { UIFieldServerProps } from 'payload'

import { adminText } from './text/index.ts'

type UseRow = { id: number | string; entity: string; documentId?: string | null; title?: string | null; fields?: string | null; state: MediaUseState; publicFrom?: string | null }

/**
 * In a media file's sidebar: whether the public can see it, and why (which published documents
 * use it, or which embargo it waits for, or that nothing public uses it). The table of every use
 * is the "Used in" field below.
 */
export async function MediaVisibility({ id, payload, req }: UIFieldServerProps) {
  if (!id) return null
  const { mediaVisibility: t, dateLocale } = adminText(req.i18n.language)
  const file = await payload.findByID({ collection: collectionSlugs.media, id, depth: 0, req, overrideAccess: true, select: { alwaysPublic: true, publicSince: true } })
  const { docs } = await payload.find({ collection: collectionSlugs.mediaUses, where: { media: { equals: id } }, depth: 0, pagination: false, req, overrideAccess: true })
  const rows = docs as unknown as UseRow[]
  const now = new Date().toISOString()
  const admin = payload.config.routes.admin
  const link = (row: UseRow) => (row.documentId ? `${admin}/collections/${row.entity}/${row.documentId}` : `${admin}/globals/${row.entity}`)
  const list = (items: UseRow[]) => (
    <ul>
      {items.map((row) => (
        <li key={row.id}>
          <a href={link(row)}>{row.title ?? row.entity}</a> ({row.fields})
        </li>
      ))}
    </ul>
  )
  const publicNow = rows.filter((row) => row.publicFrom && row.publicFrom <= now)
  const later = rows.filter((row) => row.publicFrom && row.publicFrom > now).sort((a, b) => a.publicFrom!.localeCompare(b.publicFrom!))
  const notPublic = rows.filter((row) => !row.publicFrom)
  const formatDate = (iso: string) => new Date(iso).toLocaleString(dateLocale, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin', timeZoneName: 'short' })
  const isPublic = file.alwaysPublic === true || publicNow.length > 0
  return (
    <section className="field-type media-visibility" style={{ marginBottom: 'var(--base)' }} aria-labelledby="media-visibility-heading" data-public={isPublic ? 'yes' : 'no'}>
      <h3 id="media-visibility-heading">{t.heading}</h3>
      {file.alwaysPublic === true && <p>{t.always}</p>}
      {publicNow.length > 0 && (
        <>
          <p>{t.public}</p>
          {list(publicNow)}
        </>
      )}
      {!isPublic && later.length > 0 && (
        <>
          <p>{t.from(formatDate(later[0]!.publicFrom!))}</p>
          {list(later.filter((row) => row.publicFrom === later[0]!.publicFrom))}
        </>
      )}
      {!isPublic && later.length === 0 && <p>{t.private} {rows.length === 0 && t.unused}</p>}
      {notPublic.length > 0 && (
        <>
          <p>{t.draftUses}</p>
          {list(notPublic)}
        </>
      )}
    </section>
  )
}
