import type { APIRoute } from 'astro'
import type { LocaleCode } from '@verband/content-types/locales'

import { keyedLocaleParams, pageKey } from '../../../lib/cacheKeys.ts'
import { pressFeed, releasesInFeed } from '../../../lib/feeds.ts'

// The feed carries each release in full, with its PDF's size.
export async function getStaticPaths() {
  return keyedLocaleParams(await pageKey(await releasesInFeed()))
}

export const GET: APIRoute = ({ props, site }) => pressFeed((props as { locale: LocaleCode }).locale, site!)
