import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '../access/index.ts'

/**
 * Authors may create and edit, but only as drafts. Payload has no separate "publish"
 * permission, and a save without `draft: true` writes the published document directly,
 * so the status the document would end up with decides, after Payload has applied the
 * draft flag.
 */
export const forbidPublishingByAuthors: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!req.user || hasRole(req.user, 'admin', 'editor')) return data
  const resultingStatus: unknown = data?._status ?? originalDoc?._status
  if (resultingStatus === 'published') {
    throw new APIError(
      'Autor*innen können nur Entwürfe speichern. Veröffentlichen kann die Redaktion. (Authors can only save drafts; an editor publishes.)',
      403,
      // Payload's REST error formatter shows the message only when the error carries data.
      { field: '_status' },
      true,
    )
  }
  return data
}
