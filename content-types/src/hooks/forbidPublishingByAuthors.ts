import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '../access/index.ts'
import { messagesFor } from '../adminLanguage/messages/index.ts'

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
      messagesFor({ req }).workflow.authorsSaveDraftsOnly,
      403,
      // Payload's REST error formatter shows the message only when the error carries data.
      { field: '_status' },
      true,
    )
  }
  return data
}
