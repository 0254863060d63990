/** Cuts a list of texts into requests within a provider's limits, keeping their order. */
export function batches<T extends { text: string }>(items: T[], limits: { texts: number; characters: number }): T[][] {
  const result: T[][] = []
  let current: T[] = []
  let size = 0
  for (const item of items) {
    if (current.length > 0 && (current.length >= limits.texts || size + item.text.length > limits.characters)) {
      result.push(current)
      current = []
      size = 0
    }
    current.push(item)
    size += item.text.length
  }
  if (current.length > 0) result.push(current)
  return result
}
