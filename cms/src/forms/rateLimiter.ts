/**
 * A sliding-window counter per key, kept in this process's memory: nothing about visitors is
 * written anywhere, and it forgets by itself. Several CMS processes each count on their own.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>()

  constructor(private readonly options: { limit: number; windowMs: number; maxKeys?: number }) {}

  /** Counts one event for `key`, unless `limit` events already fall within the window. */
  take(key: string, now = Date.now()): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    const since = now - this.options.windowMs
    const recent = (this.hits.get(key) ?? []).filter((time) => time > since)
    if (recent.length >= this.options.limit) {
      this.hits.set(key, recent)
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0]! - since) / 1000)) }
    }
    recent.push(now)
    // Re-inserted keys move to the end, so the oldest are the first to go when memory is full.
    this.hits.delete(key)
    this.hits.set(key, recent)
    this.forgetBeyond(this.options.maxKeys ?? 10_000, since)
    return { allowed: true }
  }

  private forgetBeyond(maxKeys: number, since: number) {
    if (this.hits.size <= maxKeys) return
    for (const [key, times] of this.hits) if (times.every((time) => time <= since)) this.hits.delete(key)
    for (const key of this.hits.keys()) {
      if (this.hits.size <= maxKeys) break
      this.hits.delete(key)
    }
  }
}
