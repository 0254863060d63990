import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

/**
 * A throwaway CMS database for one test file: a fresh SQLite file in a temporary folder,
 * or, for `npm run test:mongodb`, a fresh database on the server TEST_MONGODB_URL names. The
 * environment is set before the Payload config is imported, so no test ever touches the
 * database that `.env` or `npm start` use.
 */
export type TestEnvironment = {
  dir: string
  env: Record<string, string>
  cleanup: () => Promise<void>
}

/** SQLite by default; MongoDB when the suite is run by `npm run test:mongodb`. */
function databaseUrlFor(dir: string): string {
  if (process.env.TEST_DATABASE !== 'mongodb') return `file:${path.join(dir, 'cms.db')}`
  const mongoUrl = process.env.TEST_MONGODB_URL
  if (!mongoUrl) throw new Error('TEST_DATABASE=mongodb needs TEST_MONGODB_URL (a MongoDB server to create test databases on)')
  const url = new URL(mongoUrl)
  url.pathname = `/verband_test_${path.basename(dir).replace(/[^a-zA-Z0-9]/g, '_')}`
  return url.toString()
}

export function createTestEnvironment(): TestEnvironment {
  const dir = mkdtempSync(path.join(tmpdir(), 'verband-test-'))
  const env = {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrlFor(dir),
    DATA_DIR: dir,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    DEMO_MODE: 'false',
    SITE_BUILDS_DIR: path.join(dir, 'site'),
    // Suites that do not test publishing should not build websites in the background.
    SITE_REBUILD: 'off',
  }
  return {
    dir,
    env,
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  }
}

/**
 * Starts Payload (Local API) on a throwaway database; call `close` in afterAll.
 *
 * A test that needs a second instance in the same process (a restore into a fresh CMS)
 * passes that instance's environment and its own `key` (Payload caches one instance per
 * key), after `vi.resetModules()` so that the configuration is read again for it.
 */
export async function startTestPayload(
  options: { testEnv?: TestEnvironment; key?: string } = {},
): Promise<{ payload: Payload; testEnv: TestEnvironment; close: () => Promise<void> }> {
  const testEnv = options.testEnv ?? createTestEnvironment()
  Object.assign(process.env, testEnv.env)
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../src/payload.config.ts')
  const payload = await getPayload({ config, key: options.key })
  return {
    payload,
    testEnv,
    close: async () => {
      if (payload.db.name === 'mongoose') {
        const connection = (payload.db as unknown as { connection?: { dropDatabase: () => Promise<unknown> } }).connection
        await connection?.dropDatabase()
      }
      await payload.destroy()
      await testEnv.cleanup()
    },
  }
}
