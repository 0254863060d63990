import { spawn } from 'node:child_process'
import path from 'node:path'

import { findRepoRoot } from '../env.ts'

export type SiteScriptOptions = {
  /** Arguments after the script's path. */
  args?: string[]
  /** Added to the CMS's own environment. */
  env?: Record<string, string>
  /** Written to the script's standard input, which is then closed. */
  stdin?: string
}

/** How a script ended: its exit code (null when killed) and all it printed, both streams in order. */
export type SiteScriptResult = { code: number | null; log: string }

/**
 * Runs one of the website's scripts (`site/build/…`) with Node in a process of its own: the
 * CMS never imports the website's code, and a crashing or memory-hungry script cannot take
 * the CMS down. If the CMS stops meanwhile, the script stops with it. Rejects only when the
 * process cannot start; a failing script resolves with its code and output.
 */
export function runSiteScript(script: string, options: SiteScriptOptions = {}): Promise<SiteScriptResult> {
  return new Promise((resolve, reject) => {
    let log = ''
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...(options.args ?? [])], {
      cwd: path.join(findRepoRoot(), 'site'),
      // A plain Node process, not part of the CMS's Next.js server.
      env: { ...process.env, NODE_ENV: 'production', ...options.env },
      stdio: [options.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    })
    const stop = () => child.kill('SIGTERM')
    process.once('exit', stop)
    child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()))
    child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()))
    child.on('error', (error) => {
      process.off('exit', stop)
      reject(error)
    })
    child.on('exit', (code) => {
      process.off('exit', stop)
      resolve({ code, log })
    })
    if (options.stdin !== undefined) child.stdin!.end(options.stdin)
  })
}

export function lastLines(text: string, count: number): string {
  return text.trim().split('\n').slice(-count).join('\n')
}
