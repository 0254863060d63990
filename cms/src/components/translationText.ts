import type { LocaleState } from '@verband/content-types'

/** The words of the translation screens, in the admin's two languages. */
export const translationText = {
  de: {
    title: 'Sprachen',
    translation: { source: 'Ausgangstext', missing: 'fehlt', outdated: 'veraltet', current: 'aktuell' },
    unchecked: 'ungeprüft',
    publication: { published: 'veröffentlicht', changed: 'Entwurf wartet', draft: 'nur Entwurf', none: '–' },
    overview: 'Übersetzungen',
    intro: 'Jede Sprache jedes Dokuments: fehlt, veraltet (der deutsche Text hat sich seitdem geändert), aktuell; ungeprüft, bis eine Person mit dieser Sprache sie geprüft hat.',
    language: 'Sprache',
    allLanguages: 'Alle Sprachen',
    show: 'Zeigen',
    onlyWork: 'Nur, was Arbeit braucht',
    filter: 'Filtern',
    document: 'Dokument',
    nothing: 'Nichts zu tun.',
    hints: (count: number) => `${count} ${count === 1 ? 'Hinweis' : 'Hinweise'} zur Leichten Sprache`,
  },
  en: {
    title: 'Languages',
    translation: { source: 'source', missing: 'missing', outdated: 'outdated', current: 'up to date' },
    unchecked: 'unchecked',
    publication: { published: 'published', changed: 'draft waiting', draft: 'draft only', none: '–' },
    overview: 'Translations',
    intro: 'Every language of every document: missing, outdated (the German changed since), up to date; unchecked until someone who reads the language has checked it.',
    language: 'Language',
    allLanguages: 'All languages',
    show: 'Show',
    onlyWork: 'Only what needs work',
    filter: 'Filter',
    document: 'Document',
    nothing: 'Nothing to do.',
    hints: (count: number) => `${count} easy-to-read ${count === 1 ? 'hint' : 'hints'}`,
  },
}

export type TranslationText = (typeof translationText)['de']

export function textFor(language: string | undefined): TranslationText {
  return language === 'en' ? translationText.en : translationText.de
}

/** One language's state in words: "veraltet, ungeprüft · veröffentlicht". */
export function describeState(state: LocaleState, t: TranslationText): string {
  const translation = t.translation[state.translation] + (state.translation === 'current' && !state.checked ? `, ${t.unchecked}` : '')
  return `${translation} · ${t.publication[state.publication]}`
}

/** The CSS modifier of a state: what needs attention stands out. */
export function stateClass(state: LocaleState): string {
  if (state.translation === 'missing') return 'missing'
  if (state.translation === 'outdated') return 'outdated'
  if (!state.checked) return 'unchecked'
  return 'ok'
}
