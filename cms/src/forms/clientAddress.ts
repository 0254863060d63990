import { isIPv4, isIPv6 } from 'node:net'

/**
 * The address a request came from, as the key of the forms' rate limit.
 *
 * Next.js puts the socket's address into `X-Forwarded-For` only when the request has no such
 * header; one the client sent itself is kept as it is. So:
 * - behind `trustedProxies` reverse proxies, each of which appends the address it saw, the
 *   entry that many places from the end is the client as the outermost trusted proxy saw it;
 *   anything before it was written by the client and is ignored;
 * - with no proxy (0), the last entry is the socket address unless the client sent the header
 *   itself, which Next.js cannot tell apart: production should run behind a proxy (see the
 *   README), and the forms also have a ceiling for all addresses together.
 * IPv6 addresses count by their /64 network, which one household or server usually holds.
 */
export function clientAddress(forwardedFor: string | null | undefined, trustedProxies: number): string {
  const entries = (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const picked = entries[Math.max(0, entries.length - Math.max(1, trustedProxies))]
  return picked ? rateLimitKey(picked) : 'unknown'
}

/** `::ffff:1.2.3.4` → `1.2.3.4`; an IPv6 address → its /64 network; anything else as it is. */
export function rateLimitKey(address: string): string {
  const bare = address.replace(/^\[|\](:\d+)?$/g, '').replace(/%.*$/, '')
  const mapped = bare.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i)
  if (mapped && isIPv4(mapped[1]!)) return mapped[1]!
  if (!isIPv6(bare)) {
    const withoutPort = bare.replace(/:\d+$/, '')
    // Not an address at all (a client's own header): still a key, but a bounded one.
    return isIPv4(withoutPort) ? withoutPort : bare.slice(0, 64)
  }
  const [head = '', tail] = bare.toLowerCase().split('::')
  const headGroups = head ? head.split(':') : []
  const tailGroups = tail === undefined ? [] : tail ? tail.split(':') : []
  const groups = [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups]
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`
}
