import type { Payload } from 'payload'

/**
 * Works the site queue in the CMS server process. Payload's cron runner looks for due jobs
 * once a second, so a rebuild started up to a second after its quiet window ended; here, the
 * change that queues a rebuild also sets a timer for the moment it is due, and a poll every
 * second still picks up what was queued elsewhere (a seed or restore run, another instance)
 * or booked for later (an embargo's end). The job itself stays in Payload's queue, in the
 * database: a restart loses nothing.
 *
 * One run at a time: a wake-up during a run makes the run look again when it is done. The
 * state lives on `globalThis` because Next.js may load this module more than once per process.
 */
type RunnerState = {
  payload?: Payload
  queue?: string
  timer?: ReturnType<typeof setTimeout>
  timerAt?: number
  running: boolean
  again: boolean
}

const key = Symbol.for('verband.siteQueueRunner')
const state: RunnerState = ((globalThis as Record<symbol, RunnerState>)[key] ??= { running: false, again: false })

export const pollIntervalMs = 1000
/** A run that keeps finding jobs stops after this many and leaves the rest to the next wake-up or poll. */
const jobsPerRun = 20

/** Starts working `queue` in this process (the CMS server; once). */
export function startSiteQueueRunner(payload: Payload, queue: string): void {
  if (state.payload) return
  state.payload = payload
  state.queue = queue
  setInterval(() => void run(), pollIntervalMs).unref()
  void run()
}

/** Runs the queue at `at` (or now, if that has passed). Does nothing outside the server process. */
export function wakeSiteQueue(at: Date): void {
  if (!state.payload) return
  const when = Math.max(at.getTime(), Date.now())
  if (state.timer && state.timerAt !== undefined && state.timerAt <= when) return
  if (state.timer) clearTimeout(state.timer)
  state.timerAt = when
  // A few milliseconds late: Payload picks jobs whose `waitUntil` is strictly in the past.
  state.timer = setTimeout(() => {
    state.timer = undefined
    state.timerAt = undefined
    void run()
  }, when - Date.now() + 5)
  state.timer.unref()
}

async function run(): Promise<void> {
  const { payload, queue } = state
  if (!payload || !queue) return
  if (state.running) {
    state.again = true
    return
  }
  state.running = true
  try {
    do {
      state.again = false
      for (let ran = 0; ran < jobsPerRun; ran++) {
        const result = await payload.jobs.run({ queue, limit: 1, silent: true })
        if ('noJobsRemaining' in result && result.noJobsRemaining) break
      }
    } while (state.again)
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Website queue runner failed; the next poll tries again.' })
  } finally {
    state.running = false
  }
}
