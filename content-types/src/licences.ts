/** The licences a media file can carry; shown under every published image and in press kits. */
export const licences = [
  { value: 'cc-by-4.0', label: 'CC BY 4.0' },
  { value: 'cc-by-sa-4.0', label: 'CC BY-SA 4.0' },
  { value: 'cc0-1.0', label: 'CC0 1.0' },
  { value: 'press-with-credit', label: { de: 'Frei für Presseberichterstattung mit Nennung', en: 'Free for press use with credit' } },
  { value: 'all-rights-reserved', label: { de: 'Alle Rechte vorbehalten', en: 'All rights reserved' } },
] as const

export type LicenceValue = (typeof licences)[number]['value']
