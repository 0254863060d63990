// Installs the dependencies when they are missing or older than package-lock.json, so that
// `npm start` and `npm test` work on a fresh clone with nothing run before them.
// Runs on whatever Node starts it (the machine's may be older than the project's Node 24),
// so it uses nothing but Node's standard library.
import { execSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const lockFile = path.join(root, 'package-lock.json')
const stampFile = path.join(root, 'node_modules', '.verband-install-stamp')

const lockHash = createHash('sha256').update(readFileSync(lockFile)).digest('hex')
const installed = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : ''

if (installed !== lockHash) {
  // `npm install`, not `npm ci`: the registry here lacks an optional Windows-only package of
  // Vite, which `npm ci` treats as a lockfile mismatch while `npm install` skips it.
  console.log('Installing dependencies (npm install from package-lock.json) …')
  execSync('npm install --no-audit --no-fund', { cwd: root, stdio: 'inherit' })
  writeFileSync(stampFile, lockHash)
}
