/**
 * Who may do what, from most to least trusted:
 * - `admin`: everything, including users and site settings.
 * - `editor`: writes and publishes all content.
 * - `author`: writes stories and press releases and saves them as drafts; cannot publish,
 *   cannot touch users or settings.
 */
export const roles = ['admin', 'editor', 'author'] as const
export type Role = (typeof roles)[number]

export const roleLabels: Record<Role, { de: string; en: string }> = {
  admin: { de: 'Administration', en: 'Administrator' },
  editor: { de: 'Redaktion', en: 'Editor' },
  author: { de: 'Autor*in', en: 'Author' },
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value)
}
