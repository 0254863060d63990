import { validateEmailAddress } from './fields/validators.ts'

export { validateEmailAddress }

/**
 * The website's public forms, defined once: the submissions collection, the CMS endpoint that
 * receives the posts and the website's form markup all read their fields and limits from here,
 * so what the browser checks (`required`, `maxlength`) is what the CMS checks.
 */
export const formKinds = ['contact', 'accessibility-feedback'] as const
export type FormKind = (typeof formKinds)[number]

export function isFormKind(value: unknown): value is FormKind {
  return typeof value === 'string' && (formKinds as readonly string[]).includes(value)
}

export const formKindLabels: Record<FormKind, { de: string; en: string }> = {
  contact: { de: 'Kontakt', en: 'Contact' },
  'accessibility-feedback': { de: 'Barriere gemeldet', en: 'Accessibility feedback' },
}

/** What a visitor fills in. Lengths are UTF-16 code units, as the browser's `maxlength` counts. */
export const formFieldMaxLength = {
  name: 120,
  email: 254,
  pageUrl: 2000,
  message: 5000,
} as const
export type FormField = keyof typeof formFieldMaxLength

/**
 * The fields of each form, in the order they are shown, and whether a visitor must fill them.
 * Accessibility feedback may be anonymous (the law asks for a way to report barriers, not for
 * a name); without an email address nobody can answer, which the form says.
 */
export const formFields: Record<FormKind, ReadonlyArray<{ name: FormField; required: boolean }>> = {
  contact: [
    { name: 'name', required: true },
    { name: 'email', required: true },
    { name: 'message', required: true },
  ],
  'accessibility-feedback': [
    { name: 'pageUrl', required: false },
    { name: 'message', required: true },
    { name: 'name', required: false },
    { name: 'email', required: false },
  ],
}

/**
 * The posted fields that are not content: the page's language (for the answer page), the
 * honeypot (a hidden field people leave empty and form-filling bots do not) and the time the
 * visitor spent on the page before sending, measured by the page's script.
 */
export const formControlFields = { locale: 'locale', honeypot: 'topic', elapsedMs: 'elapsed' } as const

/** Posts sent sooner than this after the form page was opened are refused as automated. */
export const minimumFillTimeMs = 3000

/** The pages a browser is sent to after posting a form, one per outcome. */
export const formResults = ['sent', 'check', 'too-fast', 'too-many'] as const
export type FormResult = (typeof formResults)[number]

export type FormContent = Partial<Record<FormField, string>> & { message: string }
export type FormProblem = { field: FormField; message: string }

/** Control characters (C0 and DEL); line breaks count only where `allowLineBreaks` is false. */
export function hasControlCharacters(value: string, allowLineBreaks: boolean): boolean {
  for (const character of value) {
    const code = character.codePointAt(0)!
    if (allowLineBreaks && (character === '\n' || character === '\t')) continue
    if (code < 0x20 || code === 0x7f) return true
  }
  return false
}

/**
 * Checks one submission's content against its form: known fields only, required ones present,
 * lengths, email format, no control characters. Returns the cleaned content (trimmed, NFC,
 * `\n` line ends) or the problems, each naming its field, German first as in the admin.
 */
export function checkFormContent(form: FormKind, input: Record<string, string | undefined>): { ok: true; content: FormContent } | { ok: false; problems: FormProblem[] } {
  const problems: FormProblem[] = []
  const content: Partial<Record<FormField, string>> = {}
  for (const { name, required } of formFields[form]) {
    const value = (input[name] ?? '').normalize('NFC').replace(/\r\n?/g, '\n').trim()
    const max = formFieldMaxLength[name]
    if (!value) {
      if (required) problems.push({ field: name, message: 'Bitte ausfüllen (required).' })
      continue
    }
    if (value.length > max) problems.push({ field: name, message: `Höchstens ${max} Zeichen (at most ${max} characters, got ${value.length}).` })
    // Line breaks belong in the message only; other control characters nowhere.
    else if (hasControlCharacters(value, name === 'message')) problems.push({ field: name, message: 'Enthält unzulässige Steuerzeichen (contains control characters).' })
    else if (name === 'email' && validateEmailAddress(value) !== true) problems.push({ field: name, message: validateEmailAddress(value) as string })
    else content[name] = value
  }
  if (problems.length > 0) return { ok: false, problems }
  return { ok: true, content: content as FormContent }
}
