import type { LocaleState } from '@verband/content-types'

import { adminText, type AdminText } from './text/index.ts'

/** The words of the translation screens (text/), and a locale state in those words. */
export type TranslationText = AdminText['translation']

export function textFor(language: string | undefined): TranslationText {
  return adminText(language).translation
}

/**
 * One language's state in words: "veraltet, ungeprüft · veröffentlicht", or for a machine
 * translation nobody has checked yet "maschinell übersetzt – bitte prüfen · nur Entwurf".
 */
export function describeState(state: LocaleState, t: TranslationText): string {
  const translation =
    state.machine && state.translation === 'current'
      ? t.machine
      : state.machine && state.translation === 'outdated'
        ? `${t.translation.outdated}, ${t.machine}`
        : t.translation[state.translation] + (state.translation === 'current' && !state.checked ? `, ${t.unchecked}` : '')
  return `${translation} · ${t.publication[state.publication]}`
}

/** The CSS modifier of a state: what needs attention stands out. */
export function stateClass(state: LocaleState): string {
  if (state.translation === 'missing') return 'missing'
  if (state.translation === 'outdated') return 'outdated'
  if (state.machine) return 'machine'
  if (!state.checked) return 'unchecked'
  return 'ok'
}
