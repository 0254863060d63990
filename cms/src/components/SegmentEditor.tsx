'use client'

import { useForm, useFormModified, useTranslation } from '@payloadcms/ui'
import { useId, useState } from 'react'

import { sidebarNoticeKey } from './MachineTranslateButton.tsx'
import type { MachineTarget } from './machineTranslationRequest.ts'
import { textFor } from './translationText.ts'

type Props = {
  target: MachineTarget
  locale: string
  /** The segment's key (`body#3`) and the German it translates now: a German change since is refused as a conflict. */
  segmentKey: string
  source: string
  /** The current translation as a person edits it (tags kept, text unescaped). */
  initial: string
}

type Answer = { errors?: Array<{ message?: string }>; problems?: Array<{ unit: string; message: string }> }

/**
 * Edits one changed segment's translation in place, beside its German before and after:
 * `POST /api/translation/segments` saves it into that language's draft (never published),
 * checked as an XLIFF import is; then the page reloads to show the new draft and state.
 */
export function SegmentEditor({ target, locale, segmentKey, source, initial }: Props) {
  const { i18n } = useTranslation()
  const t = textFor(i18n.language)
  const modified = useFormModified()
  const { setModified } = useForm()
  const id = useId()
  const [text, setText] = useState(initial)
  const [busy, setBusy] = useState(false)
  const [problems, setProblems] = useState<string[]>([])
  const hasTags = /<[gx] id=/.test(text)

  async function save() {
    if (modified && !window.confirm(t.unsaved)) return
    setBusy(true)
    setProblems([])
    try {
      const response = await fetch('/api/translation/segments', {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...target, locale, segments: [{ key: segmentKey, source, text }] }),
      })
      if (response.ok) {
        sessionStorage.setItem(sidebarNoticeKey(), `${locale}: ${t.segmentSaved}`)
        setModified(false)
        window.location.reload()
        return
      }
      const answer = (await response.json().catch(() => ({}))) as Answer
      const messages = answer.problems?.map((problem) => problem.message) ?? answer.errors?.map((error) => error.message ?? '')
      setProblems(messages?.length ? messages : [t.failed(response.status)])
    } catch (failure) {
      setProblems([failure instanceof Error ? failure.message : String(failure)])
    }
    setBusy(false)
  }

  return (
    <div className="segment-editor" data-segment-editor={segmentKey}>
      <label htmlFor={id}>{t.editTranslation}</label>
      <textarea id={id} lang={locale} dir="auto" rows={4} value={text} onChange={(event) => setText(event.target.value)} aria-describedby={hasTags ? `${id}-hint` : undefined} />
      {hasTags ? (
        <p id={`${id}-hint`} className="segment-editor__hint">
          {t.tagsHint}
        </p>
      ) : null}
      <button type="button" className="btn btn--style-secondary btn--size-small btn--no-margin" onClick={save} disabled={busy || !text.trim()} aria-busy={busy}>
        {busy ? t.savingSegment : t.saveSegment}
      </button>
      {problems.length > 0 && (
        <ul role="alert" className="segment-editor__problems">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
