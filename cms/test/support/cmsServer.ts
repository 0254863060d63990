import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const nextBin = createRequire(path.join(cmsDir, 'package.json')).resolve('next/dist/bin/next')

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

export type CmsServer = {
  url: string
  /** The `next start` process, for benchmarks that sample its memory. */
  pid: number
  stop: () => Promise<void>
  /** Ends the process at once (SIGKILL), as a crash or a pulled plug would. */
  kill: () => Promise<void>
  output: () => string
}

/**
 * Starts the real, built CMS (`next start`) on a free port against the given environment
 * and waits until its REST API answers. Needs `npm run build -w @verband/cms` first
 * (Turborepo's `test` task depends on it).
 *
 * CMS_URL is the server's own address, unless `publicUrl` names the origin it is configured
 * for (e.g. an https one, as behind a TLS proxy), while the test still talks to it directly.
 */
export async function startCmsServer(env: Record<string, string>, options: { publicUrl?: string } = {}): Promise<CmsServer> {
  if (!existsSync(path.join(cmsDir, '.next', 'BUILD_ID'))) {
    throw new Error('The CMS is not built: run `npm run build -w @verband/cms` before the HTTP tests.')
  }
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  let log = ''
  const child: ChildProcess = spawn(process.execPath, [nextBin, 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: cmsDir,
    env: { ...process.env, ...env, NODE_ENV: 'production', CMS_URL: options.publicUrl ?? url, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()))

  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The CMS exited with ${child.exitCode}:\n${log}`)
    try {
      const response = await fetch(`${url}/api/values?limit=0`)
      if (response.ok) break
    } catch {
      // not listening yet: keep polling until the deadline
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  if (Date.now() >= deadline) {
    child.kill('SIGKILL')
    throw new Error(`The CMS did not answer within 90 s:\n${log}`)
  }
  return {
    url,
    pid: child.pid!,
    output: () => log,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    },
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGKILL')
      await exited
    },
  }
}
