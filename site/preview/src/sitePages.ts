/**
 * The website's pages (`src/pages/**.astro`) as the preview finds them: the route pattern
 * each file stands for, its component, and its `getStaticPaths`, which says which parameters
 * exist and with which props (the documents it shows) the page is rendered.
 */
type StaticPath = { params: Record<string, string | number | undefined>; props?: Record<string, unknown> }
type PageModule = {
  default: unknown
  getStaticPaths?: () => StaticPath[] | Promise<StaticPath[]>
}

const pagesFolder = '../../src/pages/'
// Eager: the pages' styles are part of this route's bundle, as they are of their own pages.
const modules = import.meta.glob<PageModule>('../../src/pages/**/*.astro', { eager: true })

type Segment = { param: string } | { text: string }
type Route = { file: string; segments: Segment[]; module: PageModule }

function routeOf(file: string, module: PageModule): Route {
  const names = file.slice(pagesFolder.length, -'.astro'.length).split('/')
  if (names.at(-1) === 'index') names.pop()
  const segments = names.map((name): Segment => {
    if (name.startsWith('[...')) throw new Error(`${file}: rest parameters are not supported by the preview`)
    return name.startsWith('[') ? { param: name.slice(1, -1) } : { text: name }
  })
  return { file, segments, module }
}

const staticCount = (route: Route) => route.segments.filter((segment) => 'text' in segment).length
// As Astro ranks them: a fixed segment wins over a parameter (`press/kit/` over `press/[slug]/`).
const routes = Object.entries(modules)
  .map(([file, module]) => routeOf(file, module))
  .sort((a, b) => staticCount(b) - staticCount(a))

function paramsOf(route: Route, parts: string[]): Record<string, string> | undefined {
  if (route.segments.length !== parts.length) return undefined
  const params: Record<string, string> = {}
  for (const [index, segment] of route.segments.entries()) {
    const part = parts[index]!
    if ('text' in segment) {
      if (segment.text !== part) return undefined
    } else params[segment.param] = part
  }
  return params
}

export type FoundPage = { file: string; Component: unknown; props: Record<string, unknown> }

/** The page at a site path (`ar/stories/some-story`), or undefined when there is none. */
export async function findPage(sitePath: string): Promise<FoundPage | undefined> {
  const parts = sitePath.split('/').filter(Boolean).map((part) => decodeURIComponent(part))
  for (const route of routes) {
    const params = paramsOf(route, parts)
    if (!params) continue
    const entries = route.module.getStaticPaths ? await route.module.getStaticPaths() : [{ params: {} }]
    const entry = entries.find(
      (candidate) =>
        Object.keys(candidate.params).length === Object.keys(params).length &&
        Object.entries(params).every(([name, value]) => String(candidate.params[name]) === value),
    )
    if (entry) return { file: route.file, Component: route.module.default, props: entry.props ?? {} }
  }
  return undefined
}
