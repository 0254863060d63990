import { collectionSlugs } from '../slugs.ts'
import { orderedStatementCollection } from './orderedStatement.ts'

export const WorkingPrinciples = orderedStatementCollection({
  slug: collectionSlugs.workingPrinciples,
  singular: { de: 'Arbeitsweise', en: 'Working principle' },
  plural: { de: 'Arbeitsweisen', en: 'Working principles' },
})
