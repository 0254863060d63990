'use client'

import { useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import { useState } from 'react'

import { requestMachineTranslation, type MachineTarget } from './machineTranslationRequest.ts'
import { textFor } from './translationText.ts'

/** One document of the overview whose language is missing or outdated. */
export type MissingRow = { key: string; title: string; href: string; target: MachineTarget }

type Outcome = { state: 'waiting' | 'running' | 'done' | 'unchanged' | 'confirm' | 'error'; message?: string }

/**
 * In the translation overview, with one language chosen: machine-translates every document
 * whose language is missing or outdated, one after another, never replacing a person's
 * translation (those are left for the document's own button, which asks first), and says
 * per document what happened.
 */
export function TranslateMissingButton({ locale, language, rows, disabled = false }: { locale: string; language: string; rows: MissingRow[]; disabled?: boolean }) {
  const { i18n } = useTranslation()
  const t = textFor(i18n.language)
  const router = useRouter()
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({})
  // The documents of the last run: after it the page refreshes and `rows` no longer lists those translated.
  const [ran, setRan] = useState<MissingRow[]>([])
  const [busy, setBusy] = useState(false)
  const [summary, setSummary] = useState('')

  async function run() {
    setBusy(true)
    setSummary('')
    const batch = rows
    setRan(batch)
    setOutcomes(Object.fromEntries(batch.map((row) => [row.key, { state: 'waiting' }])))
    let done = 0
    for (const row of batch) {
      setOutcomes((previous) => ({ ...previous, [row.key]: { state: 'running' } }))
      let outcome: Outcome
      try {
        const answer = await requestMachineTranslation(row.target, locale, t, () => false)
        if (answer.kind === 'done') {
          done += 1
          outcome =
            answer.result.status === 'unchanged'
              ? { state: 'unchanged', message: t.unchanged(answer.result.reused) }
              : { state: 'done', message: t.translated(answer.result.translated, answer.result.reused) }
        } else if (answer.kind === 'declined') {
          outcome = { state: 'confirm', message: answer.message }
        } else {
          outcome = { state: 'error', message: answer.message }
        }
      } catch (failure) {
        outcome = { state: 'error', message: failure instanceof Error ? failure.message : String(failure) }
      }
      setOutcomes((previous) => ({ ...previous, [row.key]: outcome }))
    }
    setSummary(t.allDone(done, batch.length))
    setBusy(false)
    // The table's states follow the new drafts.
    router.refresh()
  }

  const words: Record<Outcome['state'], string> = { waiting: t.waiting, running: t.running, done: t.done, unchanged: t.unchangedShort, confirm: t.needsConfirmation, error: '' }
  return (
    <div className="translate-missing">
      <button type="button" className="btn btn--style-primary btn--size-small btn--no-margin" onClick={run} disabled={disabled || busy || rows.length === 0} aria-busy={busy}>
        {t.translateAll(language)}
      </button>
      {rows.length === 0 && <span className="translate-missing__none">{t.nothingToTranslate}</span>}
      <p role="status">{summary}</p>
      {ran.length > 0 && (
        <ul className="translate-missing__results">
          {ran.map((row) => {
            const outcome = outcomes[row.key]
            if (!outcome) return null
            return (
              <li key={row.key} data-document={row.key} data-outcome={outcome.state} className={`translate-missing__result translate-missing__result--${outcome.state}`}>
                <a href={row.href}>{row.title}</a>: {words[outcome.state]}
                {outcome.message && (outcome.state === 'error' ? <span role="alert"> {outcome.message}</span> : <small> ({outcome.message})</small>)}
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
