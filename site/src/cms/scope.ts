import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * On whose behalf the website reads the CMS, and how long it keeps what it read.
 *
 * A build reads published content anonymously and shares every answer between its pages, for
 * the whole build. The draft preview (`site/preview/`) renders the same pages on request for a
 * logged-in editor: there every request reads the latest drafts with that editor's login and
 * keeps its answers to itself, so nothing one request read (a draft, or what one user may see)
 * reaches another request or another user, and a long-running server holds nothing after a
 * request has ended.
 */
export type PreviewReader = {
  /** The editor's Payload login (the JWT of the admin's `payload-token` cookie). */
  token: string
}

type Scope = { reader: PreviewReader; caches: WeakMap<BuildCache<unknown, unknown>, Map<unknown, unknown>> }
type Shared = { storage: AsyncLocalStorage<Scope>; requestsOnly: boolean }

// Kept on the global object: the preview server and the page bundle it runs each have their
// own copy of this module, and both must see the same request.
const sharedKey = Symbol.for('verband.site.cmsRequestScope')
const shared: Shared = ((globalThis as Record<symbol, Shared | undefined>)[sharedKey] ??= {
  storage: new AsyncLocalStorage<Scope>(),
  requestsOnly: false,
})

/** Runs `render` (and everything it starts) as one preview request of `reader`. */
export function asPreviewRequest<T>(reader: PreviewReader, render: () => T): T {
  return shared.storage.run({ reader, caches: new WeakMap() }, render)
}

/**
 * For the preview server: from now on a CMS read outside a preview request is an error, not an
 * anonymous read into a process-wide cache (which would show published text as the "draft").
 */
export function previewRequestsOnly(): void {
  shared.requestsOnly = true
}

function currentScope(): Scope | undefined {
  const scope = shared.storage.getStore()
  if (!scope && shared.requestsOnly) throw new Error('The website read the CMS outside a preview request: its request scope was lost')
  return scope
}

/** The editor a preview request reads for; undefined in a build. */
export function previewReader(): PreviewReader | undefined {
  return currentScope()?.reader
}

/** A map that lives as long as the build, or, in the preview, as long as one request. */
export class BuildCache<K, V> {
  readonly #build = new Map<K, V>()

  #current(): Map<K, V> {
    const scope = currentScope()
    if (!scope) return this.#build
    let map = scope.caches.get(this as BuildCache<unknown, unknown>) as Map<K, V> | undefined
    if (!map) {
      map = new Map()
      scope.caches.set(this as BuildCache<unknown, unknown>, map as Map<unknown, unknown>)
    }
    return map
  }

  get(key: K): V | undefined {
    return this.#current().get(key)
  }

  set(key: K, value: V): this {
    this.#current().set(key, value)
    return this
  }
}
