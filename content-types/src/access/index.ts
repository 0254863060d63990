import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { isRole, type Role } from '../roles.ts'

/**
 * Access rules as named functions. Collections import them by name, and the access
 * matrix test exercises each of them through the real Local API.
 */

type MaybeUser = PayloadRequest['user'] | undefined

export function hasRole(user: MaybeUser, ...allowed: Role[]): boolean {
  const role: unknown = user?.role
  return isRole(role) && allowed.includes(role)
}

/** Published documents only, expressed as a query so list reads filter row by row. */
export const publishedOnly: Where = { _status: { equals: 'published' } }

export const anyone: Access = () => true

/** For what only the CMS itself does, through the Local API (collection or field access). */
export const nobody = () => false

export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')

/** Admins and editors: whoever may publish. */
export const isEditor: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')

/** Everyone with a role who writes content, authors included (for drafts). */
export const isWriter: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'author')

/** The public sees published documents; logged-in staff also see drafts. */
export const publishedOrStaff: Access = ({ req }) =>
  hasRole(req.user, 'admin', 'editor', 'author') ? true : publishedOnly

/**
 * Press releases: the public sees a published release once its embargo has ended (or when
 * it has none); staff see everything. The time is taken per request, so the API shows the
 * release the moment the embargo ends; the publish pipeline rebuilds the website then.
 */
export const releasedOrStaff: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor', 'author')) return true
  const noEmbargo: Where = { or: [{ embargoUntil: { exists: false } }, { embargoUntil: { equals: null } }, { embargoUntil: { less_than_equal: new Date().toISOString() } }] }
  return { and: [publishedOnly, noEmbargo] }
}

/**
 * When a published document's embargo (press releases' `embargoUntil`) ends, if that moment
 * is still ahead: until then `releasedOrStaff` hides it, and the website changes at that moment.
 */
export function embargoEnd(doc: { _status?: unknown; embargoUntil?: unknown } | null | undefined): Date | undefined {
  if (doc?._status !== 'published' || typeof doc.embargoUntil !== 'string') return undefined
  const end = new Date(doc.embargoUntil)
  return end.getTime() > Date.now() ? end : undefined
}

/** Editors and admins see every account (to know who wrote what); others only their own. */
export const staffReadsUsers: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (req.user) return { id: { equals: req.user.id } }
  return false
}

/** Admins change every account; everyone else only their own (and never their role). */
export const adminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (req.user) return { id: { equals: req.user.id } }
  return false
}

/** Field access for what only logged-in staff read or write. */
export const staffField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor', 'author')

export const adminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
