/** Example partner organisations, one or two per partner group (by the group's position). */
export const examplePartners = [
  { name: 'Beispielstadt Dresden, Integrationsbüro', group: 1, website: 'https://example.org/integrationsbuero', description: { de: 'Beispiel: Zusammenarbeit bei kommunalen Beteiligungsformaten.', en: 'Example: cooperation on municipal participation formats.' } },
  { name: 'Stiftung Beispiel Zukunft', group: 2, website: 'https://example.org/stiftung', description: { de: 'Beispiel: fördert die Fördermittelwerkstatt.', en: 'Example: funds the funding workshop.' } },
  { name: 'Beispiel-Hochschule Sachsen', group: 3, website: 'https://example.org/hochschule', description: { de: 'Beispiel: gemeinsame Studie zur Lage der Migrant*innenorganisationen.', en: 'Example: joint study on the situation of migrant organisations.' } },
  { name: 'Beispiel-Lokalradio', group: 4, website: 'https://example.org/radio', description: { de: 'Beispiel: monatliche mehrsprachige Sendung.', en: 'Example: monthly multilingual programme.' } },
  { name: 'Beispiel-Landesverband der Wohlfahrtspflege', group: 5, website: 'https://example.org/wohlfahrt', description: { de: 'Beispiel: Partner in der Beratung.', en: 'Example: partner in counselling.' } },
]
