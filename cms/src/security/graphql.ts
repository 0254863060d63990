import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql'
import type { Config } from 'payload'

/**
 * GraphQL is off unless GRAPHQL=on: the website and the admin talk REST, and an API nobody
 * uses is attack surface. When it is on, a query is refused before it runs if it nests too
 * deep or asks for too much: relations point both ways, so one small query could otherwise
 * fan out into millions of reads.
 */

/**
 * Selection sets inside each other: `Stories { docs { heroImage { sizes { large { url } } } } }`
 * is 6; the deepest read a client needs today, a release with its related stories' member
 * logos (`PressReleases { docs { relatedStories { members { logo { sizes { thumbnail { url } } } } } } }`),
 * is 8. Relations that point back (a future join field) would make depth unbounded.
 */
export const maxQueryDepth = 8
/** Payload's estimate: 1 per field, 10 per relationship or upload field (its default). */
export const maxQueryComplexity = 500

/** Depth of a selection set, following fragments (a fragment seen twice on one path counts as too deep: a cycle). */
function depthOf(selectionSet: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, path: Set<string>): number {
  if (!selectionSet) return 0
  let deepest = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, path) : 0)
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, path))
    } else {
      const name = selection.name.value
      if (path.has(name)) return Number.POSITIVE_INFINITY
      const fragment = fragments[name]
      if (fragment) deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, new Set([...path, name])))
    }
  }
  return deepest
}

/** Refuses operations whose selections nest deeper than `limit`, naming the operation and its depth. */
export function depthLimit(limit: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = Object.fromEntries(
      context.getDocument().definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
    )
    return {
      OperationDefinition(operation) {
        const depth = 1 + depthOf(operation.selectionSet, fragments, new Set())
        if (depth > limit) {
          const name = operation.name ? `"${operation.name.value}"` : 'The query'
          const shown = Number.isFinite(depth) ? String(depth) : 'unbounded (fragments that include themselves)'
          context.reportError(new GraphQLError(`${name} is nested too deep: depth ${shown}, at most ${limit} allowed.`, { nodes: [operation] }))
        }
      },
    }
  }
}

export function graphQLConfig(enabled: boolean): NonNullable<Config['graphQL']> {
  if (!enabled) return { disable: true }
  return {
    maxComplexity: maxQueryComplexity,
    validationRules: () => [depthLimit(maxQueryDepth)],
    // The playground loads its code from a CDN: neither the admin's policy nor the rule of
    // no third-party requests allows that. Any GraphQL client works against /api/graphql.
    disablePlaygroundInProduction: true,
    disableIntrospectionInProduction: true,
  }
}
