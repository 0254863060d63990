import type { Access, Field, FieldAccess, Where } from 'payload'

import { hasRole, nobody } from '../../access/index.ts'
import { collectionSlugs } from '../../slugs.ts'
import { fileIsPublic } from './fileVisibility.ts'

const isStaff = (user: Parameters<typeof hasRole>[0]) => hasRole(user, 'admin', 'editor', 'author')

/**
 * A media file is public while a published, public document uses it, or when an editor marked
 * it "always public" (logos, the press kit's own files). Everything else (the photo of a draft
 * story, the attachment of a release under embargo) only logged-in staff see: not in lists, not
 * by id, not by file name in any size, not populated into another document. Which documents use
 * a file, and from when that makes it public, the CMS keeps in `publicSince` (mediaUse/uses.ts),
 * so this rule is one indexed comparison and never a search through the documents.
 */
export const publicMediaOrStaff: Access = async ({ req, isReadingStaticFile, data }) => {
  if (isStaff(req.user)) return true
  const publicFiles: Where = { or: [{ alwaysPublic: { equals: true } }, { publicSince: { less_than_equal: new Date().toISOString() } }] }
  if (!isReadingStaticFile) return publicFiles
  // A download by file name is answered from the file's stored visibility (fileVisibility.ts).
  const filename = (data as { filename?: unknown } | undefined)?.filename
  return typeof filename === 'string' && (await fileIsPublic(req, filename))
}

const editorsOnly: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor')
const staffOnly: FieldAccess = ({ req }) => isStaff(req.user)

/** The fields that carry a file's visibility, shown in the media document's sidebar. */
export const visibilityFields: Field[] = [
  {
    name: 'visibility',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: '/components/MediaVisibility.tsx#MediaVisibility' } },
  },
  {
    name: 'alwaysPublic',
    type: 'checkbox',
    label: { de: 'Immer öffentlich', en: 'Always public' },
    defaultValue: false,
    access: { create: editorsOnly, update: editorsOnly },
    admin: {
      position: 'sidebar',
      description: {
        de: 'Für Logos und Pressekit-Dateien, die auch ohne veröffentlichtes Dokument abrufbar sein sollen. Sonst ist eine Datei nur öffentlich, solange ein veröffentlichtes Dokument sie verwendet.',
        en: 'For logos and press kit files that must be reachable without a published document. Otherwise a file is public only while a published document uses it.',
      },
    },
  },
  {
    name: 'publicSince',
    type: 'date',
    label: { de: 'Öffentlich seit', en: 'Public since' },
    index: true,
    // Kept by the CMS from the documents that use the file; nobody sets it by hand.
    access: { create: nobody, update: nobody },
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' }, hidden: true },
  },
  {
    name: 'uses',
    type: 'join',
    collection: collectionSlugs.mediaUses,
    on: 'media',
    label: { de: 'Verwendet in', en: 'Used in' },
    access: { read: staffOnly },
    admin: { defaultColumns: ['title', 'entity', 'fields', 'state', 'publicFrom'], allowCreate: false },
  },
]
