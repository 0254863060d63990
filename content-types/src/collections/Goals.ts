import { collectionSlugs } from '../slugs.ts'
import { orderedStatementCollection } from './orderedStatement.ts'

export const Goals = orderedStatementCollection({
  slug: collectionSlugs.goals,
  singular: { de: 'Ziel', en: 'Goal' },
  plural: { de: 'Ziele', en: 'Goals' },
})
