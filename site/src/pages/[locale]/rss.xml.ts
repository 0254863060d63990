import type { APIRoute } from 'astro'
import type { LocaleCode } from '@verband/content-types/locales'

import { storiesFeed } from '../../lib/feeds.ts'
import { localeParams } from '../../lib/routes.ts'

export const getStaticPaths = localeParams

export const GET: APIRoute = ({ props, site }) => storiesFeed((props as { locale: LocaleCode }).locale, site!)
