'use client'

import { useRouter } from 'next/navigation.js'
import { useState } from 'react'

type Props = { action: 'rebuild' | 'rollback'; buildId?: number | string; label: string }

/** A dashboard button for the publish pipeline's endpoints; shows the answer, then refreshes. */
export function PublishAction({ action, buildId, label }: Props) {
  const router = useRouter()
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const path = action === 'rebuild' ? '/api/site-builds/rebuild' : `/api/site-builds/${buildId}/rollback`

  async function run() {
    setBusy(true)
    const response = await fetch(path, { method: 'POST', credentials: 'include' })
    const body = (await response.json().catch(() => ({}))) as { message?: string; errors?: { message: string }[] }
    setMessage(body.message ?? body.errors?.[0]?.message ?? String(response.status))
    setBusy(false)
    router.refresh()
  }

  return (
    <span className="publish-action">
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={run} disabled={busy}>
        {label}
      </button>
      <span role="status">{message}</span>
    </span>
  )
}
