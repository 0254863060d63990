import { documentSegments, fieldSegments, type Segment, type TranslationField } from './segments.ts'

/**
 * The translation memory of one language of one document: for each segment of the
 * translation, the German tagged text it was translated from (stored in the localized
 * `translation.segments` field). Pairing it with the translation's own segments gives
 * German → translation pairs; a German segment whose text is among the pairs' sources keeps
 * its translation, wherever it moved, and every other German segment is "changed".
 */
export type SegmentMemory = Record<string, string>

/** One German segment that changed since its translation was made. */
export type ChangedSegment = {
  key: string
  field: string
  /** The German text the current translation of this place follows, if any. */
  before?: string
  after: string
  /** The current translation at this place, if any. */
  current?: string
}

export type MemoryMatch = {
  /** Per German segment key, its translation from the memory. */
  reused: Map<string, string>
  changed: ChangedSegment[]
}

function byKey(segments: Segment[]): Map<string, string> {
  return new Map(segments.map((segment) => [segment.key, segment.text]))
}

/**
 * Matches the current German segments against a language's memory and its current
 * translation. Without a memory (translations saved before segments were tracked) every
 * segment counts as changed; callers that only need a yes/no use the translation date then.
 */
export function matchMemory(
  fields: readonly TranslationField[],
  german: Record<string, unknown>,
  translation: Record<string, unknown>,
  memory: SegmentMemory | null | undefined,
): MemoryMatch {
  const targetByKey = byKey(documentSegments(fields, translation))
  const pairs = new Map<string, string>()
  for (const [key, source] of Object.entries(memory ?? {})) {
    const target = targetByKey.get(key)
    if (target !== undefined && !pairs.has(source)) pairs.set(source, target)
  }
  const reused = new Map<string, string>()
  const changed: ChangedSegment[] = []
  for (const segment of documentSegments(fields, german)) {
    const target = pairs.get(segment.text)
    if (target !== undefined) {
      reused.set(segment.key, target)
      continue
    }
    const before = memory?.[segment.key]
    changed.push({ key: segment.key, field: segment.field, before, after: segment.text, current: targetByKey.get(segment.key) })
  }
  return { reused, changed }
}

/**
 * The memory after a person saved a translation in the admin: a segment whose translation
 * changed in this save now follows the current German; an untouched segment keeps the German
 * it followed (so a German change stays outdated until someone translates it).
 */
export function memoryAfterEdit(
  fields: readonly TranslationField[],
  german: Record<string, unknown>,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  memory: SegmentMemory | null | undefined,
): SegmentMemory {
  const next: SegmentMemory = {}
  for (const field of fields) {
    const previous = byKey(fieldSegments(field, before[field.name]))
    const now = byKey(fieldSegments(field, after[field.name]))
    for (const segment of fieldSegments(field, german[field.name])) {
      if (!now.has(segment.key)) continue
      const edited = previous.get(segment.key) !== now.get(segment.key)
      const followed = memory?.[segment.key]
      next[segment.key] = edited || !memory || followed === undefined ? segment.text : followed
    }
  }
  return next
}
