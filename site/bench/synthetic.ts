import { exampleStories, paragraphsToLexical } from '@verband/seed'
import type { Payload } from 'payload'

/**
 * Adds `count` published stories made from the first example story, for benchmarks of a large
 * site: 1,100 stories in nine locales make about 10,000 pages.
 */
export async function addSyntheticStories(payload: Payload, count: number): Promise<void> {
  const template = exampleStories[0]!
  // A photo: the media library also holds logos, PDFs and the sign-language clip.
  const { docs: media } = await payload.find({ collection: 'media', where: { mimeType: { equals: 'image/jpeg' } }, limit: 1 })
  for (let i = 0; i < count; i++) {
    await payload.create({
      collection: 'stories',
      data: {
        title: `Synthetische Geschichte ${i + 1}`,
        slug: `synthetisch-${i + 1}`,
        summary: template.de.summary,
        body: paragraphsToLexical(template.de.body),
        publishedAt: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString(),
        regions: template.regions,
        heroImage: media[0]?.id as number,
        _status: 'published',
      },
    })
  }
}
