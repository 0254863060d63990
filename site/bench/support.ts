import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The value below which `p` percent of the sorted samples lie (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

export type StaticServerProcess = { url: string; pid: number; stop: () => void }

/**
 * The website's static server (`server/cli.ts`) in a process of its own, as production runs
 * it: a benchmark measuring it, or driving load at it, must not share its event loop.
 */
export async function startStaticServerProcess({ root, port }: { root: string; port: number }): Promise<StaticServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts'], {
    cwd: siteDir,
    env: { ...process.env, SITE_ROOT: root, SITE_PORT: String(port) },
    stdio: 'ignore',
  })
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 30_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The static server exited with ${child.exitCode}`)
    // Any answer (a 404 before the first build included) means it listens.
    if (await fetch(`${url}/`).then(() => true, () => false)) break
    if (Date.now() > deadline) {
      child.kill()
      throw new Error('The static server did not answer within 30 s')
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return { url, pid: child.pid!, stop: () => child.kill() }
}
