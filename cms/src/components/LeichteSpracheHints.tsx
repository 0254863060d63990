'use client'

import { useFormFields, useLocale, useTranslation } from '@payloadcms/ui'
import { leichteSpracheHintsOfValue } from '@verband/content-types/leichte-sprache'
import { leichteSpracheLocale } from '@verband/content-types/locales'
import { useMemo } from 'react'

import { adminText } from './text/index.ts'
import './translation.css'

/**
 * Under each translatable field, in the Leichte Sprache variant only: what the rules of
 * Leichte Sprache forbid and a program can see (content-types/src/translation/leichteSprache.ts),
 * recomputed as the editor types. Hints never block saving; the translation overview counts
 * what is left.
 */
export function LeichteSpracheHints({ path }: { path?: string }) {
  const { code } = useLocale()
  const { i18n } = useTranslation()
  const value = useFormFields(([fields]) => (path ? fields[path]?.value : undefined))
  const hints = useMemo(() => (code === leichteSpracheLocale ? leichteSpracheHintsOfValue(value) : []), [code, value])
  if (hints.length === 0) return null
  const t = adminText(i18n.language).leichteSprache
  // The messages are German, as the text is; staff with another interface language get the rule's name too.
  const named = i18n.language !== 'de'
  return (
    <div className="leichte-sprache-hints" role="status" aria-live="polite">
      <strong>{t.heading(hints.length)}</strong>
      <ul>
        {hints.map((hint, index) => (
          <li key={`${hint.rule}-${index}`} data-rule={hint.rule}>
            {named && <em>{t.rules[hint.rule]}: </em>}
            {hint.message}
          </li>
        ))}
      </ul>
      <small>{t.note}</small>
    </div>
  )
}
