import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { ar } from '@payloadcms/translations/languages/ar'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { fa } from '@payloadcms/translations/languages/fa'
import { ru } from '@payloadcms/translations/languages/ru'
import { tr } from '@payloadcms/translations/languages/tr'
import { uk } from '@payloadcms/translations/languages/uk'
import { vi } from '@payloadcms/translations/languages/vi'
import { collections, collectionSlugs, globals, maxUploadBytes, mediaUsesMissing, payloadLocalization, reindexMediaUses, richTextEditor } from '@verband/content-types'
import { buildConfig, type CollectionConfig } from 'payload'
import sharp from 'sharp'

import { databaseAdapter } from './database.ts'
import { emailAdapter } from './email.ts'
import { loadEnv } from './env.ts'
import { formEndpoint } from './forms/index.ts'
import { jobsConfig } from './jobs.ts'
import { applyMigrations } from './migrate.ts'
import { withGlobalPreview, withPreview } from './preview/index.ts'
import { graphQLConfig } from './security/graphql.ts'
import { inputGuard } from './security/inputGuard.ts'
import { storagePlugins } from './storage.ts'
import { startPressDelivery } from './pressList/delivery.ts'
import { embargoedReleaseEndpoint } from './pressList/embargoedRelease.ts'
import { pressListEndpoints } from './pressList/endpoints.ts'
import { withPressMailing } from './pressList/hooks.ts'
import { translationEndpoints } from './translation/endpoints.ts'
import { providerStatus } from './translation/providerStatus.ts'
import {
  ensureLiveSite,
  liveStateEndpoint,
  rebuildNowEndpoint,
  revalidatedImages,
  rollbackEndpoint,
  withGlobalSiteRebuild,
  withSiteRebuild,
} from './publish/index.ts'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** The publish pipeline's actions (rebuild now, roll back) and a document's live state live on the build records. */
function withPublishEndpoints(collection: CollectionConfig): CollectionConfig {
  return collection.slug === collectionSlugs.siteBuilds
    ? { ...collection, endpoints: [...(collection.endpoints || []), liveStateEndpoint, rebuildNowEndpoint, rollbackEndpoint] }
    : collection
}

/**
 * Media files go where the deployment says (MEDIA_DIR); the content model does not know.
 * Images on this disk are served revalidatable, so website builds reuse their encodings
 * (object storage answers conditional requests itself).
 */
function withMediaDir(mediaDir: string, onDisk: boolean) {
  return (collection: CollectionConfig): CollectionConfig =>
    collection.slug === collectionSlugs.media && typeof collection.upload === 'object'
      ? {
          ...collection,
          upload: {
            ...collection.upload,
            staticDir: mediaDir,
            handlers: [...(collection.upload.handlers ?? []), ...(onDisk ? [revalidatedImages(mediaDir)] : [])],
          },
        }
      : collection
}

async function createConfig() {
  const env = loadEnv()
  return buildConfig({
    secret: env.payloadSecret,
    serverURL: env.cmsUrl,
    db: await databaseAdapter(env),
    editor: richTextEditor(),
    collections: collections.map(withMediaDir(env.mediaDir, !env.s3)).map(withPublishEndpoints).map((c) => (env.siteRebuild ? withSiteRebuild(c) : c)).map(withPreview(env.previewUrl)).map(withPressMailing(env)),
    globals: globals.map((g) => (env.siteRebuild ? withGlobalSiteRebuild(g) : g)).map(withGlobalPreview(env.previewUrl)),
    jobs: jobsConfig(env),
    // The website's contact and accessibility-feedback forms post here (POST /api/forms/:form);
    // the press list under /api/press-list/…; machine translation and XLIFF under /api/translation/….
    endpoints: [formEndpoint(env), ...pressListEndpoints(env), embargoedReleaseEndpoint(env), ...translationEndpoints(env.translation)],
    email: emailAdapter(env),
    localization: payloadLocalization(),
    // Each person picks their interface language in their account (Arabic and Farsi right to
    // left); German is the default and the source of every custom text. One entry per
    // `adminLanguages` (content-types), which the admin-languages test checks.
    i18n: { supportedLanguages: { de, en, ar, fa, uk, ru, vi, tr }, fallbackLanguage: 'de' },
    admin: {
      user: collectionSlugs.users,
      meta: { titleSuffix: ' · Verband CMS' },
      // Payload's default avatar is fetched from Gravatar: no third-party requests from the admin.
      avatar: 'default',
      dateFormat: 'dd.MM.yyyy, HH:mm',
      importMap: { baseDir: dirname },
      components: {
        beforeDashboard: ['/components/SiteStatus.tsx#SiteStatus', '/components/ReviewQueue.tsx#ReviewQueue'],
        // The interface language: chosen on the login page, kept on the account (users.adminLanguage).
        beforeLogin: ['/components/LoginLanguage.tsx#LoginLanguage'],
        providers: ['/components/AdminLanguageSync.tsx#AdminLanguageSync'],
        afterNavLinks: ['/components/TranslationNavLink.tsx#TranslationNavLink'],
        views: { translations: { Component: '/components/TranslationOverview.tsx#TranslationOverview', path: '/translations' } },
      },
    },
    // The public website talks REST; GraphQL only with GRAPHQL=on, and then with limits.
    graphQL: graphQLConfig(env.graphQL),
    cors: [env.siteUrl, env.cmsUrl],
    csrf: [env.siteUrl, env.cmsUrl],
    sharp,
    // The input guard last: it sees whether the storage plugins keep files off this disk.
    plugins: [...storagePlugins(env), inputGuard()],
    // Bodies beyond the largest accepted upload are cut off before they are read; each kind
    // of file has its own, smaller limit in the media library's upload screen.
    upload: { limits: { fileSize: maxUploadBytes } },
    typescript: { outputFile: path.resolve(dirname, '../../content-types/src/payload-types.ts') },
    custom: { demoMode: env.demoMode },
    onInit: async (payload) => {
      await applyMigrations(payload)
      // Media uploaded before the media-use index existed would all be private until then.
      if (await mediaUsesMissing(payload)) await reindexMediaUses(payload)
      await ensureLiveSite(payload, env)
      await startPressDelivery(payload, env)
      // Reported, never awaited: an unreachable provider must not hold up or stop the start.
      void providerStatus(env.translation).then((status) => {
        if (status.state === 'problem') payload.logger.warn(`Machine translation: ${status.message}`)
        else if (status.state === 'ready') payload.logger.info(`Machine translation: ${status.message}`)
      })
    },
  })
}

export default createConfig()
