import type { ConsentField, RegionValue, WorkingLanguage } from '@verband/content-types'

/** Fields of activity (the editable taxonomy), German and English. */
export const activityFields = [
  { key: 'bildung', de: 'Bildung', en: 'Education' },
  { key: 'beratung', de: 'Beratung', en: 'Counselling' },
  { key: 'kultur', de: 'Kultur', en: 'Culture' },
  { key: 'jugend', de: 'Jugend', en: 'Youth' },
  { key: 'frauen', de: 'Frauen', en: 'Women' },
  { key: 'arbeit', de: 'Arbeit und Ausbildung', en: 'Work and training' },
  { key: 'gesundheit', de: 'Gesundheit', en: 'Health' },
  { key: 'erinnerung', de: 'Erinnerungskultur', en: 'Remembrance' },
  { key: 'sport', de: 'Sport', en: 'Sport' },
] as const

export type ActivityKey = (typeof activityFields)[number]['key']

export type ExampleMember = {
  name: string
  slug: string
  districts: RegionValue[]
  description: { de: string; en?: string }
  activities: ActivityKey[]
  languages: WorkingLanguage[]
  city: string
  website?: string
  email?: string
  phone?: string
  foundedYear?: number
  memberSince?: number
  /** What the organisation agreed to publish; everything else stays internal. */
  consent: ConsentField[]
  /** Slugs of example stories the organisation appears in. */
  stories?: string[]
}

const everything: ConsentField[] = ['description', 'activityFields', 'languages', 'city', 'website', 'email', 'phone', 'foundedYear', 'memberSince']

/** Twelve example member organisations across ten districts; invented, and marked as examples. */
export const exampleMembers: ExampleMember[] = [
  {
    name: 'Beispiel: Elternnetzwerk Grünau e. V.',
    slug: 'beispiel-elternnetzwerk-gruenau',
    districts: ['leipzig-stadt'],
    description: { de: 'Beispielverein: Elterncafé, Schulbegleitung und Übersetzung von Elternbriefen.', en: 'Example association: parents’ café, school support and translated letters.' },
    activities: ['bildung', 'beratung', 'frauen'],
    languages: ['de', 'ar', 'fa', 'ru', 'uk'],
    city: 'Leipzig',
    website: 'https://example.org/elternnetzwerk',
    email: 'elternnetzwerk@example.org',
    foundedYear: 2016,
    memberSince: 2019,
    consent: everything,
    stories: ['beispiel-elterncafe-leipzig'],
  },
  {
    name: 'Beispiel: Ausbildungslotsen Südwestsachsen',
    slug: 'beispiel-ausbildungslotsen',
    districts: ['chemnitz', 'zwickau'],
    description: { de: 'Beispielverein: begleitet junge Zugewanderte in die Ausbildung.', en: 'Example association: guides young newcomers into vocational training.' },
    activities: ['arbeit', 'jugend'],
    languages: ['de', 'ar', 'ti', 'ps', 'en'],
    city: 'Chemnitz',
    website: 'https://example.org/lotsen',
    foundedYear: 2019,
    memberSince: 2021,
    consent: ['description', 'activityFields', 'languages', 'city', 'website', 'foundedYear', 'memberSince'],
    stories: ['beispiel-ausbildungslotsen-chemnitz'],
  },
  {
    name: 'Beispiel: Integrationsforum Görlitz',
    slug: 'beispiel-integrationsforum-goerlitz',
    districts: ['goerlitz'],
    description: { de: 'Beispielverein: politische Beteiligung und Integrationsbeirat.' },
    activities: ['beratung'],
    languages: ['de', 'pl', 'cs', 'uk'],
    city: 'Görlitz',
    consent: ['description', 'activityFields', 'languages', 'city'],
    stories: ['beispiel-integrationsbeirat-goerlitz'],
  },
  {
    name: 'Beispiel: Vietnamesischer Kulturverein Bautzen',
    slug: 'beispiel-vietnamesischer-kulturverein',
    districts: ['bautzen'],
    description: { de: 'Beispielverein: Erinnerungsarbeit, Feste und Sprachkurse.', en: 'Example association: remembrance work, festivals and language classes.' },
    activities: ['kultur', 'erinnerung'],
    languages: ['vi', 'de'],
    city: 'Bautzen',
    email: 'kulturverein@example.org',
    phone: '+49 3591 000 000',
    foundedYear: 1992,
    memberSince: 2018,
    consent: everything,
    stories: ['beispiel-erinnerungsorte-bautzen'],
  },
  {
    name: 'Beispiel: Fördermittelwerkstatt Elbland',
    slug: 'beispiel-foerdermittelwerkstatt',
    districts: ['dresden', 'meissen', 'saechsische-schweiz-osterzgebirge'],
    description: { de: 'Beispielverein: Beratung zu Förderanträgen für kleine Vereine.' },
    activities: ['beratung'],
    languages: ['de', 'en', 'ar', 'tr'],
    city: 'Dresden',
    website: 'https://example.org/werkstatt',
    consent: ['description', 'activityFields', 'languages', 'city', 'website'],
    stories: ['beispiel-foerdermittelwerkstatt-dresden'],
  },
  {
    name: 'Beispiel: Sprachmittlerpool Vogtland-Erzgebirge',
    slug: 'beispiel-sprachmittlerpool',
    districts: ['vogtlandkreis', 'erzgebirgskreis'],
    description: { de: 'Beispielverein: vermittelt Sprachmittlung in 14 Sprachen.', en: 'Example association: arranges interpreting in 14 languages.' },
    activities: ['gesundheit', 'beratung'],
    languages: ['de', 'ar', 'fa', 'prs', 'ru', 'uk', 'tr', 'ku', 'vi', 'ti', 'so', 'fr', 'en', 'pl'],
    city: 'Plauen',
    phone: '+49 3741 000 000',
    consent: ['description', 'activityFields', 'languages', 'city', 'phone'],
    stories: ['beispiel-sprachmittlerpool-vogtland'],
  },
  {
    name: 'Beispiel: Frauencafé Nordsachsen',
    slug: 'beispiel-frauencafe-nordsachsen',
    districts: ['nordsachsen'],
    description: { de: 'Beispielverein: Treffpunkt und Beratung für Frauen.' },
    activities: ['frauen', 'beratung'],
    languages: ['de', 'ar', 'ku'],
    city: 'Torgau',
    // Agreed to be listed, but not to share any contact: those fields stay internal.
    email: 'frauencafe-intern@example.org',
    phone: '+49 3421 000 111',
    consent: ['description', 'activityFields', 'languages', 'city'],
  },
  {
    name: 'Beispiel: Sportverein Vielfalt Mittelsachsen',
    slug: 'beispiel-sportverein-vielfalt',
    districts: ['mittelsachsen'],
    description: { de: 'Beispielverein: Fußball, Schwimmkurse und Jugendarbeit.', en: 'Example association: football, swimming classes and youth work.' },
    activities: ['sport', 'jugend'],
    languages: ['de', 'ar', 'ru'],
    city: 'Freiberg',
    foundedYear: 2015,
    consent: ['description', 'activityFields', 'languages', 'city', 'foundedYear'],
  },
  {
    name: 'Beispiel: Ukrainische Gemeinde Dresden',
    slug: 'beispiel-ukrainische-gemeinde-dresden',
    districts: ['dresden'],
    description: { de: 'Beispielverein: Beratung, Schule am Wochenende und Kultur.', en: 'Example association: counselling, weekend school and culture.' },
    activities: ['beratung', 'bildung', 'kultur'],
    languages: ['uk', 'ru', 'de'],
    city: 'Dresden',
    website: 'https://example.org/gemeinde',
    memberSince: 2022,
    consent: ['description', 'activityFields', 'languages', 'city', 'website', 'memberSince'],
  },
  {
    name: 'Beispiel: Afrikanisches Kulturhaus Leipzig',
    slug: 'beispiel-afrikanisches-kulturhaus',
    districts: ['leipzig-stadt', 'leipzig-land'],
    description: { de: 'Beispielverein: Kulturarbeit, Bildung gegen Rassismus.' },
    activities: ['kultur', 'bildung'],
    languages: ['de', 'en', 'fr', 'sw', 'am'],
    city: 'Leipzig',
    consent: ['description', 'activityFields', 'languages', 'city'],
  },
  {
    name: 'Beispiel: Türkisch-Deutscher Elternverein Zwickau',
    slug: 'beispiel-elternverein-zwickau',
    districts: ['zwickau'],
    description: { de: 'Beispielverein: Hausaufgabenhilfe und Elternabende.' },
    activities: ['bildung', 'jugend'],
    languages: ['tr', 'de'],
    city: 'Zwickau',
    consent: ['description', 'activityFields', 'languages', 'city'],
  },
  {
    name: 'Beispiel: Gesundheitslotsinnen Meißen',
    slug: 'beispiel-gesundheitslotsinnen-meissen',
    districts: ['meissen'],
    description: { de: 'Beispielverein: begleitet zu Ärztinnen und Ärzten, erklärt das Gesundheitssystem.', en: 'Example association: accompanies people to doctors and explains the health system.' },
    activities: ['gesundheit', 'frauen'],
    languages: ['de', 'ar', 'fa', 'prs'],
    city: 'Meißen',
    email: 'lotsinnen@example.org',
    consent: ['description', 'activityFields', 'languages', 'city', 'email'],
  },
]
