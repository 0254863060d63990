import type { TranslationText } from './translationText.ts'

/** What `POST /api/translation/machine` translates: a collection's document or a global. */
export type MachineTarget = { collection: string; id: number | string } | { global: string }

/** The endpoint's answer on success (see src/translation/machineTranslation.ts). */
export type MachineResult = {
  document: string
  locale: string
  provider: string
  translated: number
  reused: number
  fields: string[]
  tooLong: string[]
  status: 'machine-translated' | 'unchanged'
}

export type MachineOutcome =
  | { kind: 'done'; result: MachineResult }
  /** A person's translation would be replaced and nobody confirmed it. */
  | { kind: 'declined'; message: string }
  | { kind: 'error'; status: number; message: string }

async function post(target: MachineTarget, locale: string, overwrite: boolean): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch('/api/translation/machine', {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...target, locale, ...(overwrite ? { overwrite: true } : {}) }),
  })
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>
  return { status: response.status, body }
}

function messageOf(body: Record<string, unknown>): string | undefined {
  const errors = body.errors as Array<{ message?: string }> | undefined
  return errors?.map((error) => error.message).filter(Boolean).join(' ') || (typeof body.message === 'string' ? body.message : undefined)
}

/**
 * Asks for one language's machine translation. On 409 (a person's translation would be
 * replaced) `confirm` is asked with the server's message: yes resends with `overwrite`; pass
 * `() => false` to never replace anything (the overview's batch does).
 */
export async function requestMachineTranslation(
  target: MachineTarget,
  locale: string,
  t: TranslationText,
  confirm: (message: string) => boolean,
): Promise<MachineOutcome> {
  let answer = await post(target, locale, false)
  if (answer.status === 409) {
    const message = messageOf(answer.body) ?? t.needsConfirmation
    if (!confirm(message)) return { kind: 'declined', message }
    answer = await post(target, locale, true)
  }
  if (answer.status === 200) return { kind: 'done', result: answer.body as unknown as MachineResult }
  return { kind: 'error', status: answer.status, message: messageOf(answer.body) ?? t.failed(answer.status) }
}
