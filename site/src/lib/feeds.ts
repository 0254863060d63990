import rss from '@astrojs/rss'
import type { LocaleCode } from '@verband/content-types/locales'

import { shownRequired, shown } from '../cms/localize.ts'
import { getPressReleases, getSiteSettings, getStories } from '../cms/queries.ts'
import { richTextToHtml } from '../cms/richText.ts'
import { translator } from '../i18n/index.ts'
import { downloadLocale } from '../downloads/pressRelease.ts'
import { releaseDownloads } from '../downloads/releaseDownloads.ts'
import { pagePath, releaseDownloadPath } from './routes.ts'

/**
 * How many of the newest items a feed carries: feed readers poll often and only want what is
 * new, and the feed stays small however much the archive grows.
 */
export const feedItemCount = 50

/** The stories and releases the feeds carry (their pages' cache keys cover exactly these). */
export const storiesInFeed = async () => (await getStories()).slice(0, feedItemCount)
export const releasesInFeed = async () => (await getPressReleases()).slice(0, feedItemCount)

/** RSS feeds per locale: stories (summaries) and press releases (full text, with the PDF attached). */
async function channel(locale: LocaleCode, site: URL, titleKey: 'feed.stories' | 'feed.press') {
  const t = translator(locale)
  const settings = await getSiteSettings()
  const name = shownRequired(settings.name, locale, 'Site settings: name')
  return {
    title: `${name.value}: ${t(titleKey)}`,
    description: t('meta.description'),
    site,
    customData: `<language>${locale}</language>`,
  }
}

export async function storiesFeed(locale: LocaleCode, site: URL): Promise<Response> {
  const stories = await storiesInFeed()
  return rss({
    ...(await channel(locale, site, 'feed.stories')),
    items: stories.map((story) => ({
      title: shownRequired(story.title, locale, `Story ${story.slug}: title`).value,
      link: pagePath(locale, { kind: 'story', slug: story.slug }),
      pubDate: new Date(story.publishedAt),
      description: shown(story.summary, locale)?.value,
    })),
  })
}

export async function pressFeed(locale: LocaleCode, site: URL): Promise<Response> {
  const releases = await releasesInFeed()
  return rss({
    ...(await channel(locale, site, 'feed.press')),
    items: await Promise.all(
      releases.map(async (release) => {
        const body = shown(release.body, locale)
        const filesLocale = downloadLocale(release, locale)
        const { pdf } = await releaseDownloads(release, filesLocale)
        return {
          title: shownRequired(release.title, locale, `Press release ${release.slug}: title`).value,
          link: pagePath(locale, { kind: 'pressRelease', slug: release.slug }),
          pubDate: new Date(release.releaseDate),
          description: shown(release.subtitle, locale)?.value,
          content: body ? richTextToHtml(body.value, locale, `press release "${release.slug}"`) : undefined,
          enclosure: { url: new URL(releaseDownloadPath(filesLocale, release.slug, 'pdf'), site).href, length: pdf.byteLength, type: 'application/pdf' },
        }
      }),
    ),
  })
}
