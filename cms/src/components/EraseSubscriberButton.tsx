'use client'

import { useState } from 'react'

type Props = { id: number | string; email: string; text: { erase: string; confirm: string; failed: string } }

/** Erases a press list entry and every record of it after a confirmation, then returns to the list. */
export function EraseSubscriberButton({ id, email, text }: Props) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')

  async function erase() {
    if (!window.confirm(text.confirm)) return
    setBusy(true)
    setError('')
    const response = await fetch(`/api/press-subscribers/${id}/erase`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ confirm: email }),
    }).catch((failure: Error) => failure)
    if (response instanceof Response && response.ok) {
      window.location.assign(window.location.pathname.replace(/\/[^/]+\/?$/, ''))
      return
    }
    const message = response instanceof Response ? ((await response.json().catch(() => ({}))) as { errors?: Array<{ message: string }> }).errors?.[0]?.message : response.message
    setError(`${text.failed} ${message ?? ''}`)
    setBusy(false)
  }

  return (
    <>
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => void erase()} disabled={busy}>
        {text.erase}
      </button>
      {error && <p role="alert">{error}</p>}
    </>
  )
}
