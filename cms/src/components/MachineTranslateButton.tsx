'use client'

import { useForm, useFormModified, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { requestMachineTranslation, type MachineTarget } from './machineTranslationRequest.ts'
import { textFor } from './translationText.ts'

type Props = {
  target: MachineTarget
  locale: string
  /** The button's words: "Aus dem Deutschen übersetzen" for the language being edited, shorter in the list. */
  label?: string
  /** Machine translation is off or has a problem: the button cannot work (the reason is shown beside it). */
  disabled?: boolean
  compact?: boolean
  /** The accessible name when `label` alone does not say which language. */
  ariaLabel?: string
}

// What a sidebar action did survives the reload that shows the new draft (MachineTranslationNotice shows it).
export const sidebarNoticeKey = () => `verband.machineTranslation:${location.pathname}`

/**
 * In the document's sidebar: fills one language's draft from German through
 * `POST /api/translation/machine`, asks before replacing a person's translation (409), then
 * reloads the page so the editor shows the new draft.
 */
export function MachineTranslateButton({ target, locale, label, disabled = false, compact = false, ariaLabel }: Props) {
  const { i18n } = useTranslation()
  const t = textFor(i18n.language)
  const modified = useFormModified()
  const { setModified } = useForm()
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState('')
  const [error, setError] = useState('')

  async function translate() {
    if (modified && !window.confirm(t.unsaved)) return
    setBusy(true)
    setError('')
    setStatus(t.translating)
    try {
      const outcome = await requestMachineTranslation(target, locale, t, (message) => window.confirm(`${message}\n\n${t.confirmReplace}`))
      if (outcome.kind === 'error') {
        setStatus('')
        setError(outcome.message)
      } else if (outcome.kind === 'declined') {
        setStatus(t.notTranslated)
      } else if (outcome.result.status === 'unchanged') {
        setStatus(t.unchanged(outcome.result.reused))
      } else {
        const tooLong = outcome.result.tooLong.length > 0 ? ` ${t.tooLong(outcome.result.tooLong.join(', '))}` : ''
        sessionStorage.setItem(sidebarNoticeKey(), `${locale}: ${t.translated(outcome.result.translated, outcome.result.reused)}.${tooLong}`)
        // Nothing typed is lost (asked above); without this the browser would ask again on reload.
        setModified(false)
        window.location.reload()
        return
      }
    } catch (failure) {
      setStatus('')
      setError(failure instanceof Error ? failure.message : String(failure))
    }
    setBusy(false)
  }

  return (
    <span className={`machine-translate${compact ? ' machine-translate--compact' : ''}`} data-locale={locale}>
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small btn--no-margin machine-translate__button"
        onClick={translate}
        disabled={disabled || busy}
        aria-busy={busy}
        aria-label={ariaLabel}
      >
        {label ?? t.translate}
      </button>
      <span role="status" className="machine-translate__status">
        {status}
      </span>
      <span role="alert" className="machine-translate__error">
        {error}
      </span>
    </span>
  )
}

/** After the reload: what the last machine translation on this page did ("ar: 12 Abschnitte übersetzt, 3 übernommen."). */
export function MachineTranslationNotice() {
  const [notice, setNotice] = useState('')
  useEffect(() => {
    const kept = sessionStorage.getItem(sidebarNoticeKey())
    if (kept === null) return
    sessionStorage.removeItem(sidebarNoticeKey())
    setNotice(kept)
  }, [])
  return (
    <p role="status" className="machine-translation__notice" hidden={!notice}>
      {notice}
    </p>
  )
}
