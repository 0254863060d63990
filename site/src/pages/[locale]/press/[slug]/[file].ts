import { locales, type LocaleCode } from '@verband/content-types/locales'
import type { APIRoute } from 'astro'

import { getPressReleases } from '../../../../cms/queries.ts'
import type { PressReleaseDoc } from '../../../../cms/types.ts'
import { downloadLocale } from '../../../../downloads/pressRelease.ts'
import { releaseDownloads } from '../../../../downloads/releaseDownloads.ts'
import { pageKey } from '../../../../lib/cacheKeys.ts'
import { fileResponse } from '../../../../lib/files.ts'

type Props = { release: PressReleaseDoc; locale: LocaleCode; format: 'pdf' | 'zip' }

/** Each release's PDF and ZIP, in every language it is written in (see `downloadLocale`). */
export async function getStaticPaths() {
  const releases = await getPressReleases()
  // Made from the release (attachments embedded, with their size and date) and the site settings.
  const keys = new Map(await Promise.all(releases.map(async (release) => [release, await pageKey(release)] as const)))
  return releases.flatMap((release) =>
    locales
      .filter((locale) => downloadLocale(release, locale.code) === locale.code)
      .flatMap((locale) =>
        (['pdf', 'zip'] as const).map((format) => ({
          params: { locale: locale.path, slug: release.slug, file: `${release.slug}.${format}` },
          props: { release, locale: locale.code, format } satisfies Props,
          cacheKey: keys.get(release),
        })),
      ),
  )
}

export const GET: APIRoute<Props> = async ({ props }) => {
  const downloads = await releaseDownloads(props.release, props.locale)
  return props.format === 'pdf' ? fileResponse(downloads.pdf, 'application/pdf') : fileResponse(downloads.zip, 'application/zip')
}
