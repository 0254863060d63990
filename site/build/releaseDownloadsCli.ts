/**
 * The PDF and the ZIP of one press release, made for the CMS: it runs this for a release
 * under embargo, which the website does not have yet, to hand it to accredited journalists
 * through their personal links (cms/src/pressList/embargoedDownloads.ts). The same code as
 * the website's downloads, so the files are those the website will publish.
 *
 * Reads `{ release, settings, locale, pageUrl, files }` as JSON on stdin: the release and the
 * site settings as the CMS's REST API gives them with `locale=all` and `depth=1`, and for
 * each attachment (by media id) the path of its original. Writes `release.pdf` and
 * `release.zip` into the folder given as its one argument.
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { text } from 'node:stream/consumers'

import type { LocaleCode } from '@verband/content-types/locales'

import type { PressReleaseDoc, SiteSettingsDoc } from '../src/cms/types.ts'
import { makeReleaseDownloads } from '../src/downloads/releaseDownloads.ts'

type Input = { release: PressReleaseDoc; settings: SiteSettingsDoc; locale: LocaleCode; pageUrl: string; files: Record<string, string> }

const outDir = process.argv[2]
if (!outDir) throw new Error('Usage: releaseDownloadsCli.ts <output folder> < release.json')
const { release, settings, locale, pageUrl, files } = JSON.parse(await text(process.stdin)) as Input
const { pdf, zip } = await makeReleaseDownloads({
  release,
  settings,
  locale,
  pageUrl,
  fileOf: (media) => {
    const file = files[String(media.id)]
    if (!file) throw new Error(`No file given for attachment ${media.id} (${media.filename}) of press release "${release.slug}"`)
    return readFile(file)
  },
})
await writeFile(path.join(outDir, 'release.pdf'), pdf)
await writeFile(path.join(outDir, 'release.zip'), zip)
