import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The content model is shipped as TypeScript source from its workspace.
  transpilePackages: ['@verband/content-types'],
  turbopack: { root: repoRoot },
  outputFileTracingRoot: repoRoot,
  poweredByHeader: false,
  // FFmpeg and ffprobe (video uploads) find their binaries beside their own package files:
  // loaded from node_modules at run time, never bundled.
  serverExternalPackages: ['@ffmpeg-installer/ffmpeg', '@ffprobe-installer/ffprobe'],
  // The proxy (src/proxy.ts) sees every API request, and Next.js then buffers at most this much
  // of its body for the route: at the default 10 MB, larger uploads arrived cut off. The proxy
  // refuses bodies beyond the upload limit itself (src/security/requestGuard.ts: the largest
  // kind, videos at 200 MB, plus the form); this is only the ceiling above that limit.
  experimental: { proxyClientMaxBodySize: '256mb' },
  // `npm test` type-checks every workspace (tsc --noEmit); checking again here only slows the build.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
