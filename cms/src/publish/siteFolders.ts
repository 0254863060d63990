import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync } from 'node:fs'
import { readdir, readlink, rename, rm, symlink } from 'node:fs/promises'
import path from 'node:path'

/**
 * The website on disk: every build in its own folder under `builds/`, and `live`, a symlink
 * to the one being served. Swapping `live` is a rename of a new symlink over the old one,
 * atomic on POSIX file systems, so a reader gets either the old site or the new one, never a
 * mix and never nothing.
 */
export class SiteFolders {
  readonly buildsDir: string
  readonly liveLink: string
  /** The builds' cache: encoded images, compressed files, and the previous build's pages for incremental builds. */
  readonly cacheDir: string

  constructor(readonly root: string) {
    this.buildsDir = path.join(root, 'builds')
    this.liveLink = path.join(root, 'live')
    this.cacheDir = path.join(root, 'cache')
  }

  /** A fresh, empty folder name for the next build. */
  newBuildDir(): string {
    mkdirSync(this.buildsDir, { recursive: true })
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    return path.join(this.buildsDir, `${stamp}-${randomBytes(3).toString('hex')}`)
  }

  /** The folder `live` points at, or undefined before the first build. */
  async live(): Promise<string | undefined> {
    if (!existsSync(this.liveLink)) return undefined
    return path.resolve(this.root, await readlink(this.liveLink))
  }

  async swapLive(buildDir: string): Promise<void> {
    const next = `${this.liveLink}.${randomBytes(3).toString('hex')}.tmp`
    await symlink(path.relative(this.root, buildDir), next)
    await rename(next, this.liveLink)
  }

  /** Removes all but the newest `keep` builds; never the live one. */
  async prune(keep: number): Promise<void> {
    const live = await this.live()
    const names = (await readdir(this.buildsDir)).sort().reverse()
    for (const name of names.slice(keep)) {
      const dir = path.join(this.buildsDir, name)
      if (dir !== live) await rm(dir, { recursive: true, force: true })
    }
  }
}
