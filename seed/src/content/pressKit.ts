import type { IllustrationSpec } from '../images.ts'

type Text = { de: string; en: string }

/** The example press kit: clearly marked as an example, with facts that say so. */
export const examplePressKit: {
  intro: Text
  facts: { label: Text; value: Text }[]
  photos: IllustrationSpec[]
  contacts: string[]
} = {
  intro: {
    de: 'Beispiel-Pressemappe: Logos, Bilder und Fakten zum Dachverband. Frei für die Berichterstattung mit Nennung der Quelle.',
    en: 'Example press kit: logos, images and facts about the umbrella association. Free for reporting with credit.',
  },
  facts: [
    { label: { de: 'Gegründet', en: 'Founded' }, value: { de: 'Beispielangabe: 2019 in Dresden', en: 'Example: 2019 in Dresden' } },
    { label: { de: 'Mitglieder', en: 'Members' }, value: { de: 'Beispielangabe: 12 Migrant*innenorganisationen', en: 'Example: 12 migrant organisations' } },
    { label: { de: 'Wirkungsgebiet', en: 'Area' }, value: { de: 'Alle 13 Landkreise und kreisfreien Städte Sachsens', en: 'All 13 districts and cities of Saxony' } },
    { label: { de: 'Leitbild', en: 'Mission statement' }, value: { de: 'Beschlossen am 3. Mai 2025 in Dresden', en: 'Adopted on 3 May 2025 in Dresden' } },
    { label: { de: 'Sprachen der Website', en: 'Website languages' }, value: { de: 'Neun, darunter Arabisch, Farsi und Leichte Sprache', en: 'Nine, including Arabic, Farsi and Easy German' } },
  ],
  photos: [
    {
      name: 'pressefoto-netzwerktreffen',
      hue: 150,
      shapes: 'circles',
      alt: { de: 'Illustration: grüne Kreise, die sich wie Menschen an einem Tisch begegnen', en: 'Illustration: green circles meeting like people around a table' },
    },
    {
      name: 'pressefoto-beratung',
      hue: 210,
      shapes: 'steps',
      alt: { de: 'Illustration: blaue Stufen, die nach oben führen', en: 'Illustration: blue steps leading upwards' },
    },
  ],
  contacts: ['presse@example.org', 'regional@example.org'],
}
