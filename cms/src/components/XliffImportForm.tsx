'use client'

import { useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import { useId, useRef, useState, type FormEvent } from 'react'

import { textFor } from './translationText.ts'

type Problem = { unit: string; message: string }

/** The import's answer in words: its message, or its counts ("documents: 3, units: 12"). */
function describeResult(body: unknown): string {
  if (typeof body !== 'object' || body === null) return ''
  const record = body as Record<string, unknown>
  if (typeof record.message === 'string') return record.message
  return Object.entries(record)
    .flatMap(([key, value]) => (typeof value === 'number' ? [`${key}: ${value}`] : Array.isArray(value) ? [`${key}: ${value.length}`] : []))
    .join(', ')
}

/**
 * In the translation overview: uploads a translated XLIFF file to `POST /api/translation/xliff`
 * (the file's text as the body), then shows what was imported or, when the file is refused,
 * each problem with its unit.
 */
export function XliffImportForm({ locale }: { locale: string }) {
  const { i18n } = useTranslation()
  const t = textFor(i18n.language)
  const router = useRouter()
  const input = useRef<HTMLInputElement>(null)
  const inputId = useId()
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState('')
  const [error, setError] = useState('')
  const [problems, setProblems] = useState<Problem[]>([])

  async function upload(event: FormEvent) {
    event.preventDefault()
    const file = input.current?.files?.[0]
    setResult('')
    setError('')
    setProblems([])
    if (!file) {
      setError(t.xliffChooseFile)
      return
    }
    setBusy(true)
    try {
      const response = await fetch(`/api/translation/xliff?locale=${encodeURIComponent(locale)}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/xliff+xml; charset=utf-8' },
        body: await file.text(),
      })
      const body = (await response.json().catch(() => ({}))) as { errors?: Array<{ message?: string }>; problems?: Problem[] }
      if (response.ok) {
        setResult(`${t.xliffImported}: ${describeResult(body)}`)
        router.refresh()
      } else {
        setError(`${t.xliffRefused} ${body.errors?.map((entry) => entry.message).join(' ') || `HTTP ${response.status}`}`)
        setProblems(body.problems ?? [])
      }
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    }
    setBusy(false)
  }

  return (
    <form className="xliff-import" onSubmit={upload}>
      <label htmlFor={inputId}>{t.xliffFile}</label>
      <input id={inputId} ref={input} type="file" name="file" accept=".xlf,.xliff,application/xliff+xml,application/x-xliff+xml,application/xml,text/xml" />
      <button type="submit" className="btn btn--style-secondary btn--size-small btn--no-margin" disabled={busy} aria-busy={busy}>
        {busy ? t.xliffImporting : t.xliffImport}
      </button>
      <p role="status">{result}</p>
      <div role="alert">
        {error && <p>{error}</p>}
        {problems.length > 0 && (
          <ul className="xliff-import__problems">
            {problems.map((problem, index) => (
              <li key={`${problem.unit}-${index}`} data-unit={problem.unit}>
                <code>{problem.unit}</code>: {problem.message}
              </li>
            ))}
          </ul>
        )}
      </div>
    </form>
  )
}
