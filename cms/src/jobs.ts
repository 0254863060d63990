import type { JobsConfig } from 'payload'

import type { Env } from './env.ts'
import { pressQueue } from './pressList/delivery.ts'
import { pressListTasks } from './pressList/tasks.ts'
import { rebuildTask } from './publish/rebuildTask.ts'
import { isServerProcess } from './serverProcess.ts'


/**
 * Payload's jobs queue, in the database: website rebuilds, scheduled publications and the
 * press list's mails. The site queue has its own runner (publish/queueRunner.ts), woken when a
 * rebuild is due. Every second, a scheduled publish (Payload queues those on its default
 * queue) happens at its moment, and due press mails go out; `protect` in Payload's cron runner
 * keeps runs of one queue from overlapping.
 */
export function jobsConfig(env: Env): JobsConfig {
  const autoRun = [
    ...(env.siteRebuild ? [{ cron: '* * * * * *', queue: 'default', limit: 10, silent: true }] : []),
    ...(env.smtp ? [{ cron: '* * * * * *', queue: pressQueue, limit: 10, silent: true }] : []),
  ]
  return {
    tasks: [rebuildTask, ...pressListTasks],
    autoRun,
    shouldAutoRun: () => autoRun.length > 0 && isServerProcess(),
  }
}
