import type { CollectionConfig, Config } from 'payload'
import { describe, expect, it } from 'vitest'

import { EnvError, parseEnv } from '../src/env.ts'
import { storagePlugins } from '../src/storage.ts'

/**
 * Media storage: MEDIA_DIR by default, S3-compatible object storage with S3_BUCKET (no S3
 * server runs here, so this checks the configuration Payload gets; the storage itself is
 * Payload's own adapter).
 */

// A fixed root and secret: parsing must not touch the repository's data folder.
const parse = (source: Record<string, string>) => parseEnv({ PAYLOAD_SECRET: 'x'.repeat(40), ...source }, '/srv/verband')
const s3 = { S3_BUCKET: 'verband-media', S3_ENDPOINT: 'https://s3.example.org', S3_ACCESS_KEY_ID: 'key', S3_SECRET_ACCESS_KEY: 'secret', S3_FORCE_PATH_STYLE: 'true' }

async function mediaAfterPlugins(source: Record<string, string>): Promise<CollectionConfig> {
  const env = parse(source)
  let config: Config = { collections: [{ slug: 'media', upload: { staticDir: '/tmp/media' }, fields: [] }], secret: 'x', db: undefined as never }
  for (const plugin of storagePlugins(env)) config = await plugin(config)
  return config.collections!.find((collection) => collection.slug === 'media')!
}

describe('media storage', () => {
  it('keeps media on the local disk when no bucket is configured', async () => {
    const media = await mediaAfterPlugins({})
    expect(media.upload).toEqual({ staticDir: '/tmp/media' })
  })

  it('puts media on S3-compatible object storage when a bucket is configured', async () => {
    expect(parse(s3).s3).toEqual({ bucket: 'verband-media', region: 'us-east-1', endpoint: 'https://s3.example.org', accessKeyId: 'key', secretAccessKey: 'secret', forcePathStyle: true })
    const media = await mediaAfterPlugins(s3)
    expect(media.upload).toMatchObject({ disableLocalStorage: true })
    expect((media.upload as { handlers?: unknown[] }).handlers?.length).toBeGreaterThan(0)
  })

  it('names the missing credentials when a bucket comes without them', () => {
    expect(() => parse({ S3_BUCKET: 'verband-media' })).toThrow(EnvError)
    expect(() => parse({ S3_BUCKET: 'verband-media' })).toThrow(/S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/)
  })
})
