import node from '@astrojs/node'
import type { AstroUserConfig } from 'astro'

import site from './astro.config.ts'

/**
 * The draft preview: the website's own pages, rendered on request with the latest drafts for
 * a logged-in editor (the admin's preview button opens it).
 *
 * Why a second build of this project with the Node adapter, and not the alternatives:
 * - The website stays a purely static build (`astro.config.ts`, `output: 'static'`): nothing
 *   here changes what it renders or how it is served.
 * - The preview renders the very page components, layout, fonts and styles of the website
 *   (`src/pages/**`), production-compiled, so what an editor sees is what the build makes.
 *   `astro dev` would do that too, but runs Vite's development server (compiling on the
 *   first request, file watching, dev toolbar) in production; the Container API needs the
 *   `.astro` files compiled by Vite all the same, so it comes back to one of the two.
 * - Its own source folder (`preview/src/`) holds one catch-all route, so the website's pages
 *   are not routes here: the route finds the page and its props the way the static build
 *   does, by calling the page's own `getStaticPaths`, with the CMS client reading drafts as
 *   the editor for that one request (`src/cms/scope.ts`), and renders it.
 * - Everything lives under `/preview/`, so production can mount it on the CMS host, where the
 *   admin's login cookie reaches it (`preview/server.ts` checks it with the CMS).
 *
 * The build takes CMS_URL (the only host images are fetched from) and SITE_URL (canonical
 * URLs) at build time, like the website build.
 */
const preview: AstroUserConfig = {
  ...site,
  output: 'server',
  adapter: node({ mode: 'middleware' }),
  srcDir: './preview/src',
  // Inside the workspace: the server bundle imports its dependencies from node_modules.
  outDir: process.env.PREVIEW_OUT_DIR || './preview/dist',
  cacheDir: './.cache/preview',
  base: '/preview',
  experimental: { ...site.experimental, incrementalBuild: false },
}

export default preview
