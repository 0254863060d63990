import type { MachineTranslationLocale } from '@verband/content-types'

/** A German term and how a language renders it: `fixed` text, or the term kept as written. */
export type GlossaryEntry = { term: string; rendering: string }

/**
 * A machine translation service. Texts are tagged (XLIFF inline tags, see
 * content-types/src/translation/segments.ts) and come back tagged, in the same order.
 */
export interface TranslationProvider {
  readonly name: string
  /** How many texts, and how many characters, one request may carry. */
  readonly limits: { texts: number; characters: number }
  translate(texts: string[], target: MachineTranslationLocale, glossary: GlossaryEntry[]): Promise<string[]>
  /** Whether the service answers and accepts the configured key; the problem, or undefined. */
  check(): Promise<string | undefined>
}

/** A provider's refusal or failure, with what it said, for the editor. */
export class ProviderError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ProviderError'
  }
}
