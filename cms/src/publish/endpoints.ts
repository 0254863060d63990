import { existsSync } from 'node:fs'

import { collectionSlugs, hasRole, publicCollectionSlugs } from '@verband/content-types'
import type { Endpoint } from 'payload'

import { errorJson, jsonResponse } from '../apiResponses.ts'
import { loadEnv } from '../env.ts'
import { documentLiveStatus } from './liveState.ts'
import { queueSiteRebuild } from './queue.ts'
import { SiteFolders } from './siteFolders.ts'

/** `POST /api/site-builds/rebuild`: editors republish the website now (the dashboard's button). */
export const rebuildNowEndpoint: Endpoint = {
  path: '/rebuild',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor')) return errorJson(403, 'Nur Redaktion und Administration (editors and admins only).')
    await queueSiteRebuild(req.payload, 'manual', { entity: 'dashboard', user: req.user?.id, at: new Date().toISOString() })
    return jsonResponse(202, { message: 'Die Website wird neu veröffentlicht (rebuild queued).' })
  },
}

/**
 * `POST /api/site-builds/:id/rollback`: admins put an earlier, still kept build back live.
 * The swap is the same atomic one as after a build; the next published change builds anew.
 */
export const rollbackEndpoint: Endpoint = {
  path: '/:id/rollback',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) return errorJson(403, 'Nur die Administration kann zurückrollen (admins only).')
    const id = req.routeParams?.id as string
    const build = await req.payload.findByID({ collection: collectionSlugs.siteBuilds, id, depth: 0, disableErrors: true })
    if (!build) return errorJson(404, `Build ${id} not found.`)
    if (build.status !== 'published' || !build.folder || !existsSync(build.folder)) {
      return errorJson(409, 'Dieser Build ist nicht mehr vorhanden oder war nie live (this build is gone or never went live).')
    }
    await new SiteFolders(loadEnv().siteBuildsDir).swapLive(build.folder)
    const now = new Date().toISOString()
    await req.payload.create({
      collection: collectionSlugs.siteBuilds,
      data: {
        status: 'published',
        reason: `rollback to ${build.startedAt}`,
        triggers: [{ entity: collectionSlugs.siteBuilds, documentId: String(build.id), user: req.user?.id as number, at: now }],
        startedAt: now,
        contentAsOf: build.contentAsOf ?? build.startedAt,
        finishedAt: now,
        durationMs: 0,
        pages: build.pages,
        folder: build.folder,
      },
    })
    return jsonResponse(200, { message: 'Zurückgerollt (rolled back).', folder: build.folder })
  },
}

/**
 * `GET /api/site-builds/live-state?collection=stories&id=12&locale=ar`: whether a document's
 * published version is on the website yet (liveState.ts), for its sidebar in the admin, which
 * asks again while the website is being rebuilt. Staff only.
 */
export const liveStateEndpoint: Endpoint = {
  path: '/live-state',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor', 'author')) return errorJson(403, 'Nur für die Redaktion (staff only).')
    const collection = String(req.query?.collection ?? '')
    const id = String(req.query?.id ?? '')
    if (!(publicCollectionSlugs as readonly string[]).includes(collection) || !/^[\w-]{1,64}$/.test(id)) {
      return errorJson(400, 'collection must be a collection shown on the website, id a document id.')
    }
    return jsonResponse(200, await documentLiveStatus(req.payload, collection, id, req.query?.locale))
  },
}
