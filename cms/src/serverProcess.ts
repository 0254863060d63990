/** Only the CMS server works the queues; seed and CLI processes (and `next build`) only ever add to them. */
export const isServerProcess = () => process.env.NEXT_RUNTIME === 'nodejs'
