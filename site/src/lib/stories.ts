import { populated, type StoryDoc } from '../cms/types.ts'

/**
 * The stories index shows the newest stories as cards with a photo and summary, and the rest
 * as a compact list of titles and dates: the page stays light on a phone however many
 * stories there are (a card costs about a kilobyte of HTML and an image request), and a
 * publish renders it quickly. The filter covers both parts.
 */
export const storiesShownAsCards = 24

/** The newest stories (`stories` is newest first) as cards, the others for the compact list. */
export function splitStoriesForIndex(stories: StoryDoc[]): { cards: StoryDoc[]; earlier: StoryDoc[] } {
  return { cards: stories.slice(0, storiesShownAsCards), earlier: stories.slice(storiesShownAsCards) }
}

/** The filter keys of a story on the stories index (ListFilter): goal positions and regions. */
export function storyFilterAttributes(story: StoryDoc): Record<string, string> {
  return {
    'data-filter-item': story.slug,
    'data-filter-goal': populated(story.goals)
      .map((goal) => String(goal.order))
      .join(' '),
    'data-filter-region': (story.regions ?? []).join(' '),
  }
}
