import type { BuildPhases, BuildResult } from './buildSite.ts'

/**
 * The last line of a build (build/cli.ts): pages, time per step and the peak memory of all
 * its processes. The CMS keeps it at the end of the build's record; the benchmarks read it
 * back from there, or from the build's output.
 */
export type BuildSummary = { pages: number; rendered: number; reused: number; durationMs: number; phases: BuildPhases; peakMemoryMiB: number }

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

export function formatBuildSummary(result: BuildResult, outDir: string, peakMemoryMiB: number): string {
  const { astro, search, check, compress } = result.phases
  return (
    `Built ${result.pages} pages (${result.rendered} rendered, ${result.reused} reused) into ${outDir} in ${seconds(result.durationMs)}: ` +
    `astro ${seconds(astro)}, search index ${seconds(search)} (${result.search.indexed} of ${result.search.shards} shards indexed), ` +
    `check ${seconds(check)}, compression ${seconds(compress)}, peak memory ${peakMemoryMiB} MiB.`
  )
}

const summaryLine = /Built (\d+) pages \((\d+) rendered, (\d+) reused\) into .* in ([\d.]+) s: astro ([\d.]+) s, search index ([\d.]+) s.*, check ([\d.]+) s, compression ([\d.]+) s, peak memory (\d+) MiB\./

/** The summary in a build's output (its last such line), if the build got that far. */
export function parseBuildSummary(output: string): BuildSummary | undefined {
  const lines = output.split('\n').filter((line) => summaryLine.test(line))
  const match = lines.at(-1)?.match(summaryLine)
  if (!match) return undefined
  const [pages, rendered, reused, total, astro, search, check, compress, peak] = match.slice(1).map(Number) as number[]
  const ms = (value: number | undefined) => Math.round((value ?? 0) * 1000)
  return {
    pages: pages!,
    rendered: rendered!,
    reused: reused!,
    durationMs: ms(total),
    phases: { astro: ms(astro), search: ms(search), check: ms(check), compress: ms(compress) },
    peakMemoryMiB: peak!,
  }
}
