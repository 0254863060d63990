import type { LocaleCode } from '@verband/content-types'

import { ar } from './ar.ts'
import { de, type PressListText } from './de.ts'
import { deXLs } from './de-x-ls.ts'
import { en } from './en.ts'
import { fa } from './fa.ts'
import { ru } from './ru.ts'
import { tr } from './tr.ts'
import { uk } from './uk.ts'
import { vi } from './vi.ts'

export type { PressListText } from './de.ts'

/** The press list's words in every website language: subscribers hear from us in the language they signed up in. */
export const pressListTexts: Record<LocaleCode, PressListText> = { de, en, ar, fa, uk, ru, vi, tr, 'de-x-ls': deXLs }
