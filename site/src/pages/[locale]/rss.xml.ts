import type { APIRoute } from 'astro'
import type { LocaleCode } from '@verband/content-types/locales'

import { keyedLocaleParams, pageKey } from '../../lib/cacheKeys.ts'
import { storiesFeed, storiesInFeed } from '../../lib/feeds.ts'

export async function getStaticPaths() {
  return keyedLocaleParams(await pageKey(await storiesInFeed()))
}

export const GET: APIRoute = ({ props, site }) => storiesFeed((props as { locale: LocaleCode }).locale, site!)
