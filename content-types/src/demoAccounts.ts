import type { Role } from './roles.ts'

/**
 * The demo logins, one per role. They exist only in demo mode (`npm start` on the
 * embedded database); their password comes from DEMO_PASSWORD.
 */
export const demoAccounts: ReadonlyArray<{ email: string; name: string; role: Role }> = [
  { email: 'admin@example.org', name: 'Demo Admin', role: 'admin' },
  { email: 'editor@example.org', name: 'Demo Redaktion', role: 'editor' },
  { email: 'author@example.org', name: 'Demo Autorin', role: 'author' },
]

export function isDemoAccount(email: unknown): boolean {
  return typeof email === 'string' && demoAccounts.some((account) => account.email === email.toLowerCase())
}
