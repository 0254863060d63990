import type { UploadField, UploadFieldSingleValidation } from 'payload'

import { adminLanguageOf } from '../adminLanguage/languages.ts'
import { messagesFor } from '../adminLanguage/messages/index.ts'
import { mimeTypesOf, type UploadKind } from '../collections/Media/uploadPolicy.ts'
import { collectionSlugs } from '../slugs.ts'

type MediaUploadOptions = Omit<UploadField, 'type' | 'relationTo' | 'filterOptions' | 'hasMany' | 'maxRows' | 'minRows' | 'validate'> & {
  /** What the field takes, from the upload policy's kinds: the picker lists only these, and a save with anything else is refused. */
  kinds: readonly UploadKind[]
  /** A further check, after the kind. */
  validate?: UploadFieldSingleValidation
}

/**
 * An upload field for files of some kinds of the media library only (a video, a poster
 * image). The picker lists only those (`filterOptions`); the save checks the chosen file's
 * kind itself, whoever saves: Payload's own check of `filterOptions` searches with the saver's
 * access, and a file no published document uses yet is private, so a video just uploaded
 * would count as "not one of the options". The kinds are kept on the field
 * (`custom.mediaKinds`), so whoever walks the content model (the media-use index, the
 * generated media-field tests) knows what the field holds.
 */
export function mediaUpload({ kinds, custom, validate, ...field }: MediaUploadOptions): UploadField {
  const mimeTypes = mimeTypesOf(kinds)
  const ofKinds: UploadFieldSingleValidation = async (value, options) => {
    if (value !== null && value !== undefined) {
      const id = typeof value === 'object' ? (value as { id: number | string }).id : (value as number | string)
      const file = await options.req.payload.findByID({ collection: collectionSlugs.media, id, depth: 0, overrideAccess: true, disableErrors: true, req: options.req })
      // A file that does not exist: the database's own reference check names it.
      if (file && !mimeTypes.includes(file.mimeType ?? '')) {
        const onlyKind = messagesFor(options).onlyKind
        const either = new Intl.ListFormat(adminLanguageOf(options.req?.i18n?.language), { type: 'disjunction' })
        return onlyKind.fits(either.format(kinds.map((kind) => onlyKind[kind])))
      }
    }
    return validate ? validate(value, options) : true
  }
  return {
    ...field,
    type: 'upload',
    relationTo: collectionSlugs.media,
    filterOptions: { mimeType: { in: mimeTypes } },
    validate: ofKinds,
    custom: { ...custom, mediaKinds: kinds },
  } as UploadField
}

/** The kinds a field built by `mediaUpload` takes; any kind for other media fields. */
export function mediaKindsOf(field: { custom?: Record<string, unknown> }): readonly UploadKind[] | undefined {
  return field.custom?.mediaKinds as readonly UploadKind[] | undefined
}
