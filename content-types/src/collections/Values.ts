import { collectionSlugs } from '../slugs.ts'
import { orderedStatementCollection } from './orderedStatement.ts'

export const Values = orderedStatementCollection({
  slug: collectionSlugs.values,
  singular: { de: 'Wert', en: 'Value' },
  plural: { de: 'Werte', en: 'Values' },
})
