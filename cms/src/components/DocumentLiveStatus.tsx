import type { UIFieldServerProps } from 'payload'

import { documentLiveStatus } from '../publish/liveState.ts'
import { LiveStatusView } from './LiveStatusView.tsx'

/**
 * In the edit view's sidebar: whether this document's published version is on the website
 * yet. The first answer comes with the page; LiveStatusView asks again after each save and
 * while the website is being rebuilt, so an editor who publishes sees it go live.
 */
export async function DocumentLiveStatus({ id, collectionSlug, payload, req }: UIFieldServerProps) {
  if (!id) return null
  const initial = await documentLiveStatus(payload, collectionSlug, id, req.locale)
  return <LiveStatusView collection={collectionSlug} id={id} initial={initial} />
}
