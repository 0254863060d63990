import { hasControlCharacters } from './forms.ts'
import { validateEmailAddress } from './fields/validators.ts'
import { locales, type LocaleCode } from './locales.ts'
import { regions } from './regions.ts'

/**
 * The press list, defined once: the subscribers collection, the CMS endpoints that take
 * subscriptions and confirmations, and the website's form read their fields, topics and limits
 * from here.
 */

/** A subscriber's state: double opt-in first, then subscribed until they leave or mail bounces. */
export const pressSubscriberStatuses = ['pending', 'confirmed', 'unsubscribed', 'bounced'] as const
export type PressSubscriberStatus = (typeof pressSubscriberStatuses)[number]

export const pressSubscriberStatusLabels: Record<PressSubscriberStatus, { de: string; en: string }> = {
  pending: { de: 'Wartet auf Bestätigung', en: 'Waiting for confirmation' },
  confirmed: { de: 'Bestätigt', en: 'Confirmed' },
  unsubscribed: { de: 'Abgemeldet', en: 'Unsubscribed' },
  bounced: { de: 'Unzustellbar', en: 'Bounced' },
}

/**
 * What a journalist can ask for: every release, or releases about one of Saxony's regions, or
 * (a relationship of their own, `goals`) about goals of the Leitbild. Releases name their regions
 * and goals through the stories they relate to.
 */
export const pressTopics = ['all', ...regions.map((region) => region.value)] as const
export type PressTopic = (typeof pressTopics)[number]

/** A topic's name in the admin: the regions' names are proper names, the same in every language. */
export function pressTopicLabel(topic: PressTopic): { de: string; en: string } | string {
  if (topic === 'all') return { de: 'Alle Pressemitteilungen', en: 'All press releases' }
  return regions.find((entry) => entry.value === topic)!.label
}

/**
 * The version of the consent text the subscribe form shows (the website's `pressList.consent`
 * in each language). Stored with each consent, so it can be shown later what someone agreed to:
 * change it whenever the text's meaning changes.
 */
export const pressConsentVersion = '2026-12-07'

/** The pages a browser is sent to after posting the subscribe form, one per outcome. */
export const pressListResults = ['sent', 'check', 'too-fast', 'too-many', 'unavailable'] as const
export type PressListResult = (typeof pressListResults)[number]

/** How long a confirmation link works; unconfirmed entries are deleted after it. */
export const pressConfirmationHours = 48

export const pressListFieldMaxLength = { email: 254, name: 120, outlet: 160 } as const

/** The posted fields besides the ones above: the form's controls, as the contact form has them. */
export const pressListFields = { languages: 'languages', topics: 'topics', goals: 'goals', consent: 'consent', notes: 'notes' } as const

/** The value of the settings page's checkbox (in `notes`) for the note when an embargo ends. */
export const nowPublicNoteChoice = 'now-public'

export type PressSubscription = {
  email: string
  name: string
  outlet?: string
  languages: LocaleCode[]
  topics: PressTopic[]
  /** Ids of goals, as posted: the CMS keeps those of goals that exist. */
  goals: string[]
}

export type PressListProblem = { field: keyof typeof pressListFieldMaxLength | keyof typeof pressListFields; message: string }

const localeCodes = new Set<string>(locales.map((locale) => locale.code))
const topicValues = new Set<string>(pressTopics)

/** Goal ids as posted: document ids (SQLite numbers, MongoDB object ids), nothing else. */
const goalIds = (values: readonly string[] | undefined) => [...new Set((values ?? []).filter((value) => /^[A-Za-z0-9_-]{1,64}$/.test(value)))]

/**
 * A subscriber's new choice of languages and topics (the manage page): known values only, at
 * least one language and one topic or goal. Languages they had keep their order; new ones
 * follow in the site's order.
 */
export function checkPressChoice(lists: Record<string, string[]>, previousLanguages: readonly string[]): { languages: LocaleCode[]; topics: PressTopic[]; goals: string[] } | undefined {
  const languages = new Set((lists[pressListFields.languages] ?? []).filter((code) => localeCodes.has(code)))
  const topics = [...new Set((lists[pressListFields.topics] ?? []).filter((topic) => topicValues.has(topic)))]
  const goals = goalIds(lists[pressListFields.goals])
  if (languages.size === 0 || topics.length + goals.length === 0) return undefined
  const ordered = [...previousLanguages.filter((code) => languages.has(code)), ...locales.map((locale) => locale.code).filter((code) => languages.has(code) && !previousLanguages.includes(code))]
  return { languages: ordered as LocaleCode[], topics: topics as PressTopic[], goals }
}

/** The canonical form of an address, as the list compares them: trimmed and lower-case. */
export function normalizeEmail(email: string): string {
  return email.normalize('NFC').trim().toLowerCase()
}

function clean(value: string | undefined): string {
  return (value ?? '').normalize('NFC').trim()
}

/**
 * Checks a subscription as posted (repeated fields as lists): the address, a name, languages and
 * topics from the known lists, consent given, lengths, no control characters anywhere (a line
 * break in a name would be a header injection in the mails). Returns the cleaned subscription or
 * every problem, each naming its field.
 */
export function checkPressSubscription(input: { single: Record<string, string | undefined>; lists: Record<string, string[]> }): { ok: true; subscription: PressSubscription } | { ok: false; problems: PressListProblem[] } {
  const problems: PressListProblem[] = []
  const text: Record<keyof typeof pressListFieldMaxLength, string> = { email: '', name: '', outlet: '' }
  for (const field of Object.keys(pressListFieldMaxLength) as Array<keyof typeof pressListFieldMaxLength>) {
    const value = clean(input.single[field])
    const max = pressListFieldMaxLength[field]
    if (!value && field !== 'outlet') problems.push({ field, message: 'Bitte ausfüllen (required).' })
    else if (value.length > max) problems.push({ field, message: `Höchstens ${max} Zeichen (at most ${max} characters, got ${value.length}).` })
    else if (hasControlCharacters(value, false)) problems.push({ field, message: 'Enthält unzulässige Steuerzeichen (contains control characters).' })
    else if (field === 'email' && validateEmailAddress(value) !== true) problems.push({ field, message: validateEmailAddress(value) as string })
    else text[field] = value
  }
  const languages = [...new Set(input.lists[pressListFields.languages] ?? [])]
  if (languages.length === 0 || languages.some((code) => !localeCodes.has(code))) {
    problems.push({ field: 'languages', message: 'Bitte mindestens eine Sprache der Website wählen (choose at least one of the website’s languages).' })
  }
  const topics = [...new Set(input.lists[pressListFields.topics] ?? [])]
  const postedGoals = input.lists[pressListFields.goals] ?? []
  const goals = goalIds(postedGoals)
  if (topics.length + goals.length === 0 || topics.some((topic) => !topicValues.has(topic)) || goals.length !== new Set(postedGoals).size) {
    problems.push({ field: 'topics', message: 'Bitte mindestens ein Thema wählen (choose at least one topic).' })
  }
  if (input.single[pressListFields.consent] !== 'yes') {
    problems.push({ field: 'consent', message: 'Ohne Einwilligung können wir keine Pressemitteilungen senden (consent is needed).' })
  }
  if (problems.length > 0) return { ok: false, problems }
  return {
    ok: true,
    subscription: {
      email: normalizeEmail(text.email),
      name: text.name,
      ...(text.outlet ? { outlet: text.outlet } : {}),
      languages: languages as LocaleCode[],
      topics: topics as PressTopic[],
      goals,
    },
  }
}

/**
 * Whether a subscriber wants a release, given the regions and goals of the stories it relates
 * to: "all" wants every release, a region or a goal the releases about it. (Goal ids as strings.)
 */
export function wantsRelease(subscriber: { topics: readonly string[]; goals: readonly string[] }, release: { regions: readonly string[]; goals: readonly string[] }): boolean {
  const { topics, goals } = subscriber
  return topics.includes('all') || release.regions.some((region) => topics.includes(region)) || release.goals.some((goal) => goals.includes(goal))
}

/**
 * One release to one subscriber: planned (`queued`), being handed to the mail server
 * (`sending`, claimed by one CMS instance for a short lease), `sent`, or `failed` with the
 * reason after its last attempt.
 */
export const pressDeliveryStatuses = ['queued', 'sending', 'sent', 'failed'] as const
export type PressDeliveryStatus = (typeof pressDeliveryStatuses)[number]

export const pressDeliveryStatusLabels: Record<PressDeliveryStatus, { de: string; en: string }> = {
  queued: { de: 'Geplant', en: 'Queued' },
  sending: { de: 'Wird gesendet', en: 'Sending' },
  sent: { de: 'Gesendet', en: 'Sent' },
  failed: { de: 'Fehlgeschlagen', en: 'Failed' },
}

/**
 * What a delivery sends: the `release` when it becomes public, or, while its embargo runs, the
 * release sent `ahead` to an accredited journalist with a personal link; to those who had it
 * ahead, a `correction` when the embargo moves or is lifted, a `withdrawal` when the release
 * is unpublished before its time, and, to those who ask for it, a note that it is `public` now.
 */
export const pressDeliveryKinds = ['release', 'ahead', 'correction', 'withdrawal', 'public'] as const
export type PressDeliveryKind = (typeof pressDeliveryKinds)[number]

export const pressDeliveryKindLabels: Record<PressDeliveryKind, { de: string; en: string }> = {
  release: { de: 'Bei Veröffentlichung', en: 'On publication' },
  ahead: { de: 'Vorab unter Sperrfrist', en: 'Ahead, under embargo' },
  correction: { de: 'Sperrfrist geändert', en: 'Embargo changed' },
  withdrawal: { de: 'Zurückgezogen', en: 'Withdrawn' },
  public: { de: 'Sperrfrist abgelaufen', en: 'Embargo ended' },
}

/** What a personal link to an embargoed release opens (each opening is logged). */
export const pressLinkParts = ['page', 'pdf', 'zip', 'file'] as const
export type PressLinkPart = (typeof pressLinkParts)[number]

export const pressLinkPartLabels: Record<PressLinkPart, { de: string; en: string }> = {
  page: { de: 'Seite der Mitteilung', en: 'Release page' },
  pdf: { de: 'PDF', en: 'PDF' },
  zip: { de: 'ZIP mit allen Dateien', en: 'ZIP with all files' },
  file: { de: 'Einzelne Datei', en: 'Single file' },
}

/**
 * A delivery's unique key: one per kind, release and subscriber, whoever plans it and however
 * often; a correction once per new embargo (`variant`: its end, or "lifted").
 */
export function pressDeliveryKey(release: number | string, subscriber: number | string, kind: PressDeliveryKind = 'release', variant?: string): string {
  if (kind === 'release') return `${release}:${subscriber}`
  return [kind, release, subscriber, ...(variant ? [variant] : [])].join(':')
}
