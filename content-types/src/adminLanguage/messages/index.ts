import { adminLanguageOf, type AdminLanguage } from '../languages.ts'
import { ar } from './ar.ts'
import { de, type ValidationMessages } from './de.ts'
import { en } from './en.ts'
import { fa } from './fa.ts'
import { ru } from './ru.ts'
import { tr } from './tr.ts'
import { uk } from './uk.ts'
import { vi } from './vi.ts'

export type { ValidationMessages } from './de.ts'

export const validationMessages: Record<AdminLanguage, ValidationMessages> = { de, en, ar, fa, uk, ru, vi, tr }

/** What Payload hands a field's `validate` (in the admin and on the server): the request, with its interface language. */
export type ValidateOptions = { req?: { i18n?: { language?: string } } }

/** A problem of a kind whose message may name a value (a tag id, an SVG element), in words. */
export function problemText<Kind extends string>(messages: Record<Kind, string | ((value: string) => string)>, problem: { kind: Kind; value?: string }): string {
  const message = messages[problem.kind]
  return typeof message === 'function' ? message(problem.value ?? '') : message
}

/** The messages in the language of the person saving (German outside a request, as for the API's own checks). */
export function messagesFor(options?: ValidateOptions): ValidationMessages {
  return validationMessages[adminLanguageOf(options?.req?.i18n?.language)]
}
