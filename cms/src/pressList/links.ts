import type { PressLinkPart, PressSubscriber } from '@verband/content-types'

import type { Env } from '../env.ts'
import { addressBinding, signPressListToken } from './tokens.ts'

/** Where the press list's pages live on the CMS: the endpoints answer here, the mails link here. */
export function pressListUrls(cmsUrl: string) {
  return {
    confirm: `${cmsUrl}/api/press-list/confirm`,
    manage: `${cmsUrl}/api/press-list/manage`,
    unsubscribe: (token: string) => `${cmsUrl}/api/press-list/unsubscribe?token=${token}`,
    embargoed: (token: string) => `${cmsUrl}/api/press-list/embargoed?token=${token}`,
  }
}

/** What a personal link to an embargoed release is bound to: that release and the subscriber's address. */
export function embargoBinding(secret: string, release: number | string, email: string): string {
  return `${release}:${addressBinding(secret, email)}`
}

/**
 * An accredited subscriber's personal link to one embargoed release, served by the CMS (the
 * website does not have it yet). Without expiry: after the embargo it leads to the public page;
 * a withdrawn release, a revoked accreditation or a left list make it answer 410.
 */
export function embargoLink(env: Env, subscriber: Pick<PressSubscriber, 'id' | 'email'>, release: number | string): string {
  const token = signPressListToken(env.payloadSecret, { purpose: 'embargo', subscriber: subscriber.id, binding: embargoBinding(env.payloadSecret, release, subscriber.email), expiresAt: Number.MAX_SAFE_INTEGER })
  return pressListUrls(env.cmsUrl).embargoed(token)
}

/** The same personal link opening the release's PDF, its ZIP or one of its files instead of its page. */
export function embargoPartLink(link: string, part: Exclude<PressLinkPart, 'page'>, file?: number | string): string {
  const url = new URL(link)
  url.searchParams.set('part', part)
  if (file !== undefined) url.searchParams.set('file', String(file))
  return url.href
}

/**
 * A subscriber's personal links, in every release mail: the page to change languages and
 * topics or leave, and the one-click unsubscribe (RFC 8058). Bound to the address, without
 * expiry: a link in an old mail still unsubscribes.
 */
export function manageLinks(env: Env, subscriber: Pick<PressSubscriber, 'id' | 'email'>): { siteUrl: string; manage: string; unsubscribe: string } {
  const token = signPressListToken(env.payloadSecret, { purpose: 'manage', subscriber: subscriber.id, binding: addressBinding(env.payloadSecret, subscriber.email), expiresAt: Number.MAX_SAFE_INTEGER })
  const urls = pressListUrls(env.cmsUrl)
  return { siteUrl: env.siteUrl, manage: `${urls.manage}?token=${token}`, unsubscribe: urls.unsubscribe(token) }
}
