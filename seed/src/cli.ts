/**
 * `npm run seed`: fills the configured database with the Leitbild and example content.
 * `--if-empty` seeds only a database without a Leitbild (what `npm start` uses, so an
 * editor's deletions are not undone on the next start).
 */
import config from '@verband/cms/config'
import { loadEnv } from '@verband/cms/env'
import { queueSiteRebuild } from '@verband/cms/publish'
import { getPayload } from 'payload'

import { isEmpty, seed } from './seed.ts'

const env = loadEnv()
const payload = await getPayload({ config })
try {
  if (process.argv.includes('--if-empty') && !(await isEmpty(payload))) {
    payload.logger.info('Seed: the database already has content; nothing seeded.')
  } else {
    const report = await seed(payload, {
      demoAccounts: env.demoMode ? { password: env.demoPassword } : undefined,
      log: (message) => payload.logger.info(message),
    })
    // One rebuild for everything the seed created; the CMS server runs it.
    if (env.siteRebuild && Object.keys(report).length > 0) await queueSiteRebuild(payload, 'seed')
  }
} finally {
  await payload.destroy()
}
process.exit(0)
