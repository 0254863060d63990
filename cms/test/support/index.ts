/** Test helpers for other workspaces: a throwaway database, the real CMS server and a headless browser. */
export { freePort, startCmsServer, type CmsServer } from './cmsServer.ts'
export { startTestPayload, createTestEnvironment, type TestEnvironment } from './testPayload.ts'
export { startRestApiServer } from './restApiServer.ts'
export { chromiumFlags, chromiumPath, launchBrowser, logInToAdmin, watchPolicyViolations } from './browser.ts'
export { startFakeDeepL, startFakeLibreTranslate, type FakeProvider } from './translationProviders.ts'
