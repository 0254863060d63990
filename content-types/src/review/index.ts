import { APIError, type CollectionBeforeChangeHook, type CollectionConfig, type Field } from 'payload'

import { hasRole } from '../access/index.ts'
import { messagesFor } from '../adminLanguage/messages/index.ts'

/**
 * Review before publishing, for the texts authors write (stories, press releases): an author
 * submits a draft, editors find it in their queue (the dashboard and the list filter "Prüfung"),
 * and either publish it or send it back with a comment the author sees. Every save records
 * who made it, so the version history says who changed what and when.
 */
export const reviewStates = ['submitted', 'changesRequested'] as const
export type ReviewState = (typeof reviewStates)[number]

const reviewFields: Field[] = [
  {
    name: 'review',
    type: 'select',
    label: { de: 'Prüfung', en: 'Review' },
    index: true,
    options: [
      { value: 'submitted', label: { de: 'Zur Prüfung eingereicht', en: 'Submitted for review' } },
      { value: 'changesRequested', label: { de: 'Zurückgegeben', en: 'Sent back' } },
    ],
    admin: {
      position: 'sidebar',
      description: {
        de: 'Autor*innen reichen ihren Entwurf hier zur Prüfung ein; die Redaktion veröffentlicht ihn oder gibt ihn mit einem Kommentar zurück.',
        en: 'Authors submit their draft for review here; editors publish it or send it back with a comment.',
      },
    },
  },
  {
    name: 'reviewComment',
    type: 'textarea',
    label: { de: 'Kommentar der Redaktion', en: 'Editor’s comment' },
    maxLength: 2000,
    access: { update: ({ req }) => hasRole(req.user, 'admin', 'editor') },
    admin: { position: 'sidebar' },
  },
  {
    // A name, not a relationship: the history keeps who it was after an account is deleted.
    name: 'lastChangedBy',
    type: 'text',
    label: { de: 'Zuletzt geändert von', en: 'Last changed by' },
    admin: { position: 'sidebar', readOnly: true },
  },
]

type Data = { review?: ReviewState | null; reviewComment?: string | null; _status?: string; lastChangedBy?: unknown }

function refuse(message: string, field: string): never {
  // Payload's REST error formatter shows the message only when the error carries data.
  throw new APIError(message, 403, { field }, true)
}

/**
 * Who may move a document where: authors submit (and may take a submission back); only
 * editors send back, and only with a comment; publishing ends the review.
 */
export const reviewWorkflow: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const next = data as Data
  const before = (originalDoc ?? {}) as Data
  if (req.user) next.lastChangedBy = `${String(req.user.name ?? '')} <${req.user.email}>`.trim()
  const isEditor = hasRole(req.user, 'admin', 'editor')
  if (next.review === 'changesRequested' && before.review !== 'changesRequested') {
    if (req.user && !isEditor) refuse(messagesFor({ req }).workflow.onlyEditorsSendBack, 'review')
    const comment = next.reviewComment ?? before.reviewComment
    if (!comment?.trim()) {
      throw new APIError(messagesFor({ req }).workflow.sendBackNeedsComment, 400, { field: 'reviewComment' }, true)
    }
  }
  if (next._status === 'published') next.review = null
  return next
}

export function withReview(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    fields: [...collection.fields, ...reviewFields],
    hooks: { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), reviewWorkflow] },
  }
}
