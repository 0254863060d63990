import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const astroBin = path.join(path.dirname(createRequire(path.join(siteDir, 'package.json')).resolve('astro/package.json')), 'bin/astro.mjs')

export type PreviewBuildOptions = {
  /** Inside the site workspace: the server bundle finds its dependencies in node_modules from there. */
  outDir: string
  cmsUrl: string
  siteUrl: string
}

/** Builds the draft preview (astro.preview.config.ts); a few seconds, no CMS needed. */
export function buildPreview({ outDir, cmsUrl, siteUrl }: PreviewBuildOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = ''
    const child = spawn(process.execPath, [astroBin, 'build', '--config', 'astro.preview.config.ts'], {
      cwd: siteDir,
      env: { ...process.env, CMS_URL: cmsUrl, SITE_URL: siteUrl, PREVIEW_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`The preview build failed (exit ${code}):\n${output.slice(-4000)}`))))
  })
}
