import react from '@astrojs/react'
import { defineConfig } from 'astro/config'

import { siteEnv } from './src/env.ts'

const env = siteEnv()
const cms = new URL(env.cmsUrl)

export default defineConfig({
  site: env.siteUrl,
  output: 'static',
  outDir: env.outDir,
  trailingSlash: 'always',
  // Inline CSS: one request less before the first paint on slow networks (the stylesheet is small).
  // Several pages at a time: an incremental build mostly copies reused pages, which waits on
  // the disk, not the CPU.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 8 },
  // Kept between builds: remote images are encoded once, and incremental builds keep the
  // previous build's pages here (the CMS gives each line of builds its own folder).
  cacheDir: env.cacheDir,
  // Pages whose `getStaticPaths` entry has a `cacheKey` (src/lib/cacheKeys.ts) are reused
  // from the previous build when that key and the page's code are unchanged.
  experimental: { incrementalBuild: env.incremental },
  integrations: [react()],
  devToolbar: { enabled: false },
  image: {
    // Images are fetched from the CMS at build time and served from the site itself.
    remotePatterns: [{ protocol: cms.protocol.replace(':', ''), hostname: cms.hostname, port: cms.port || undefined }],
    service: {
      entrypoint: 'astro/assets/services/sharp',
      // AVIF at sharp's default effort dominates build time; effort 2 is ~10× faster for
      // files a few percent larger.
      config: { avif: { effort: 2 }, webp: { effort: 4 } },
    },
  },
})
