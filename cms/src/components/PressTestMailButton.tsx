'use client'

import { useState } from 'react'

type Props = {
  releaseId: number | string
  languages: Array<{ code: string; label: string }>
  text: { testLanguage: string; testButton: string; testHint: string; testSent: string; testFailed: string }
}

/**
 * In a press release's sidebar, for editors: mails the release's latest saved version to
 * themselves, in a chosen language, through `POST /api/press-releases/:id/test-mail`.
 * (`testSent` comes with `{email}` in it, filled in here.)
 */
export function PressTestMailButton({ releaseId, languages, text }: Props) {
  const [locale, setLocale] = useState(languages[0]?.code ?? 'de')
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState('')
  const [error, setError] = useState('')

  async function send() {
    setBusy(true)
    setStatus('')
    setError('')
    try {
      const response = await fetch(`/api/press-releases/${releaseId}/test-mail`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ locale }),
      })
      const result = (await response.json()) as { to?: string; errors?: Array<{ message: string }> }
      if (response.ok) setStatus(text.testSent.replace('{email}', result.to ?? ''))
      else setError(`${text.testFailed} ${result.errors?.map((entry) => entry.message).join(' ') ?? response.statusText}`)
    } catch (failure) {
      setError(`${text.testFailed} ${(failure as Error).message}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="press-test-mail">
      <label htmlFor="press-test-mail-language">{text.testLanguage}</label>{' '}
      <select id="press-test-mail-language" value={locale} onChange={(event) => setLocale(event.target.value)}>
        {languages.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.label}
          </option>
        ))}
      </select>{' '}
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => void send()} disabled={busy} aria-describedby="press-test-mail-hint">
        {text.testButton}
      </button>
      <p id="press-test-mail-hint" className="field-description">
        {text.testHint}
      </p>
      <p role="status">{status}</p>
      {error && <p role="alert">{error}</p>}
    </div>
  )
}
