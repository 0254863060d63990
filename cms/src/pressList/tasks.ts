import { announcePressReleaseTask, forgetOldPressRecordsTask, forgetUnconfirmedSubscribersTask, sendPressMailsTask } from '@verband/content-types'
import type { TaskConfig } from 'payload'

import { loadEnv } from '../env.ts'
import { announceRelease, pressQueue, sendReleaseMails, type AnnounceInput } from './delivery.ts'
import { forgetOldPressRecords } from './dataRights.ts'
import { forgetUnconfirmedSubscribers } from './expiry.ts'

/**
 * The press list's jobs in Payload's queue (in the database, so a restart loses nothing).
 * Their own outcomes (waiting, sent, failed deliveries) are recorded on the deliveries; a job
 * that throws (the database unreachable) is retried by Payload with growing pauses.
 */
const retries = { attempts: 5, backoff: { type: 'exponential' as const, delay: 10_000 } }

export const announcePressReleaseTaskConfig: TaskConfig = {
  slug: announcePressReleaseTask,
  label: 'Announce a press release to the press list',
  retries,
  inputSchema: [
    { name: 'release', type: 'text', required: true },
    { name: 'publicFrom', type: 'text', required: true },
    { name: 'queuedAt', type: 'text' },
  ],
  outputSchema: [{ name: 'status', type: 'text' }],
  handler: async ({ input, req }) => ({ output: { status: await announceRelease(req.payload, loadEnv(), input as AnnounceInput) } }),
}

export const sendPressMailsTaskConfig: TaskConfig = {
  slug: sendPressMailsTask,
  label: 'Send a press release to the press list',
  retries,
  inputSchema: [{ name: 'release', type: 'text', required: true }],
  outputSchema: [{ name: 'status', type: 'text' }],
  handler: async ({ input, req }) => ({ output: { status: await sendReleaseMails(req.payload, loadEnv(), (input as { release: number | string }).release) } }),
}

/** Every ten minutes: unconfirmed entries whose link has run out are deleted. */
export const forgetUnconfirmedSubscribersTaskConfig: TaskConfig = {
  slug: forgetUnconfirmedSubscribersTask,
  label: 'Forget unconfirmed press list entries',
  retries: 0,
  schedule: [{ cron: '0 */10 * * * *', queue: pressQueue }],
  inputSchema: [],
  outputSchema: [{ name: 'deleted', type: 'number' }],
  handler: async ({ req }) => ({ output: { deleted: await forgetUnconfirmedSubscribers(req.payload) } }),
}

/** Every night: send records and link openings older than PRESS_RECORDS_MONTHS are deleted. */
export const forgetOldPressRecordsTaskConfig: TaskConfig = {
  slug: forgetOldPressRecordsTask,
  label: 'Forget old press list records',
  retries: 0,
  schedule: [{ cron: '0 15 3 * * *', queue: pressQueue }],
  inputSchema: [],
  outputSchema: [{ name: 'deleted', type: 'number' }],
  handler: async ({ req }) => ({ output: { deleted: await forgetOldPressRecords(req.payload, loadEnv().pressRecordsMonths) } }),
}

export const pressListTasks = [announcePressReleaseTaskConfig, sendPressMailsTaskConfig, forgetUnconfirmedSubscribersTaskConfig, forgetOldPressRecordsTaskConfig]
