import { locales, type LocaleCode } from '@verband/content-types/locales'
import type { APIRoute } from 'astro'

import { getPressKit } from '../../../../cms/queries.ts'
import { pressKitDownloads, pressKitLocale } from '../../../../downloads/pressKit.ts'
import { pageKey } from '../../../../lib/cacheKeys.ts'
import { fileResponse } from '../../../../lib/files.ts'
import { pressKitFiles } from '../../../../lib/routes.ts'

type Props = { locale: LocaleCode; file: keyof typeof pressKitFiles }

/** The press kit ZIP and fact sheet, in every language the kit is written in. */
export async function getStaticPaths() {
  const kit = await getPressKit()
  // Made from the kit (its media embedded, with their size and date) and the site settings.
  const cacheKey = await pageKey(kit)
  return locales
    .filter((locale) => pressKitLocale(kit, locale.code) === locale.code)
    .flatMap((locale) =>
      (Object.keys(pressKitFiles) as (keyof typeof pressKitFiles)[]).map((file) => ({
        params: { locale: locale.path, file: pressKitFiles[file] },
        props: { locale: locale.code, file } satisfies Props,
        cacheKey,
      })),
    )
}

export const GET: APIRoute<Props> = async ({ props }) => {
  const downloads = await pressKitDownloads(props.locale)
  return props.file === 'zip' ? fileResponse(downloads.zip, 'application/zip') : fileResponse(downloads.factSheet, 'application/pdf')
}
