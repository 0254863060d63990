import type { APIRoute } from 'astro'

import { pageSegments, unindexedPageKinds } from '../lib/routes.ts'

/** Everything may be crawled but the unindexed pages, in every locale (the first `*` stands for it). */
export const GET: APIRoute = ({ site }) => {
  const disallowed = unindexedPageKinds.map((kind) => `Disallow: /*/${pageSegments[kind]}`)
  return new Response(['User-agent: *', 'Allow: /', ...disallowed, '', `Sitemap: ${new URL('/sitemap.xml', site).href}`, ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })
}
