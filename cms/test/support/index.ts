/** Test helpers for other workspaces: a throwaway database and the real CMS server. */
export { freePort, startCmsServer, type CmsServer } from './cmsServer.ts'
export { startTestPayload, createTestEnvironment, type TestEnvironment } from './testPayload.ts'
export { startRestApiServer } from './restApiServer.ts'
