import type { APIRoute } from 'astro'
import type { LocaleCode } from '@verband/content-types/locales'

import { getStories } from '../../cms/queries.ts'
import { keyedLocaleParams, pageKey } from '../../lib/cacheKeys.ts'
import { storiesFeed } from '../../lib/feeds.ts'

export async function getStaticPaths() {
  return keyedLocaleParams(await pageKey(await getStories()))
}

export const GET: APIRoute = ({ props, site }) => storiesFeed((props as { locale: LocaleCode }).locale, site!)
