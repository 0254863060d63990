import { APIError, type CollectionBeforeLoginHook } from 'payload'

import { messagesFor } from '../adminLanguage/messages/index.ts'
import { isDemoAccount } from '../demoAccounts.ts'

/**
 * A database seeded in demo mode and later started in production still holds the demo
 * accounts with their well-known password: outside demo mode they cannot log in.
 */
export const demoAccountsOnlyInDemoMode: CollectionBeforeLoginHook = ({ req, user }) => {
  const demoMode = Boolean(req.payload.config.custom?.demoMode)
  if (!demoMode && isDemoAccount(user?.email)) {
    throw new APIError(messagesFor({ req }).workflow.demoAccountsOnlyInDemoMode, 403, { reason: 'demo-account' }, true)
  }
  return user
}
