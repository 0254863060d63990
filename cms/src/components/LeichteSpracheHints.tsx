'use client'

import { useFormFields, useLocale, useTranslation } from '@payloadcms/ui'
import { leichteSpracheHintsOfValue, leichteSpracheRules } from '@verband/content-types/leichte-sprache'
import { leichteSpracheLocale } from '@verband/content-types/locales'
import { useMemo } from 'react'

import './translation.css'

const text = {
  de: { heading: (n: number) => `Leichte Sprache: ${n} ${n === 1 ? 'Hinweis' : 'Hinweise'}`, note: 'Hinweise, keine Fehler: Prüfen Sie, ob sich der Satz einfacher sagen lässt.' },
  en: { heading: (n: number) => `Easy-to-read German: ${n} ${n === 1 ? 'hint' : 'hints'}`, note: 'Hints, not errors: check whether the sentence can be said more simply.' },
}

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
  const english = i18n.language === 'en'
  const t = english ? text.en : text.de
  // The messages are German, as the text is; English-speaking staff get the rule's name too.
  const ruleName = (rule: string) => leichteSpracheRules.find((entry) => entry.rule === rule)?.label.en
  return (
    <div className="leichte-sprache-hints" role="status" aria-live="polite">
      <strong>{t.heading(hints.length)}</strong>
      <ul>
        {hints.map((hint, index) => (
          <li key={`${hint.rule}-${index}`} data-rule={hint.rule}>
            {english && <em>{ruleName(hint.rule)}: </em>}
            {hint.message}
          </li>
        ))}
      </ul>
      <small>{t.note}</small>
    </div>
  )
}
