import { collectionSlugs } from '@verband/content-types'
import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import type { Env } from './env.ts'

/**
 * Where media files live. By default in MEDIA_DIR on the CMS's disk; with S3_BUCKET on
 * S3-compatible object storage (AWS S3, MinIO, Ceph, Hetzner or IONOS object storage), so
 * several stateless CMS instances share them. Files are still read through the CMS
 * (`/api/media/file/…`), so access rules, the upload screen and the website's build work the
 * same on either.
 */
export function storagePlugins(env: Env): Plugin[] {
  if (!env.s3) return []
  const { bucket, region, endpoint, accessKeyId, secretAccessKey, forcePathStyle } = env.s3
  return [
    s3Storage({
      collections: { [collectionSlugs.media]: true },
      bucket,
      config: { region, endpoint, forcePathStyle, credentials: { accessKeyId, secretAccessKey } },
    }),
  ]
}
