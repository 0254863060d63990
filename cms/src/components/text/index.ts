import { adminLanguageOf } from '@verband/content-types/admin-languages'

import { ar } from './ar.ts'
import { de, type AdminText } from './de.ts'
import { en } from './en.ts'
import { fa } from './fa.ts'
import { ru } from './ru.ts'
import { tr } from './tr.ts'
import { uk } from './uk.ts'
import { vi } from './vi.ts'

export type { AdminText } from './de.ts'

/** Every admin language's texts, German the source (see de.ts). */
export const adminTexts = { de, en, ar, fa, uk, ru, vi, tr } satisfies Record<string, AdminText>

/** The custom texts in a person's interface language (`i18n.language`), German for any other. */
export function adminText(language: string | undefined): AdminText {
  return adminTexts[adminLanguageOf(language) as keyof typeof adminTexts] ?? de
}
