/**
 * The content model's own validation messages, in German: the source. Each admin language has
 * a file of the same shape (`ValidationMessages`), so a message missing in any language fails
 * the type check; `test/adminLanguages.test.ts` checks none is left in German or English.
 */
export const de = {
  httpUrl: 'Bitte eine vollständige Adresse mit https:// angeben.',
  email: 'Bitte eine gültige E-Mail-Adresse angeben, z. B. name@example.org.',
  phone: 'Bitte eine Telefonnummer aus Ziffern, Leerzeichen und + ( ) / - angeben.',
  slugTooLong: (max: number) => `Höchstens ${max} Zeichen.`,
  slugCharacters: 'Nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche.',
  slugReserved: (slug: string) => `„${slug}“ ist reserviert: Die Website braucht diesen Pfad selbst.`,
  languageTwice: (code: string) => `Die Sprache „${code}“ steht zweimal in der Liste.`,
}

export type ValidationMessages = typeof de
