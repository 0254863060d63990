/** One browser launcher for every workspace's tests: the CMS's test support owns it. */
export { chromiumFlags, chromiumPath, launchBrowser, logInToAdmin, watchPolicyViolations } from '@verband/cms/testing'
