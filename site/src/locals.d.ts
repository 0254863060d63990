declare namespace App {
  interface Locals {
    /** Set by the draft preview server (site/preview/) for the logged-in editor; absent in builds. */
    preview?: { editor: string }
  }
}
