/**
 * Saxony's 13 districts (Landkreise and Kreisfreie Städte): the one list of regions used
 * by member organisations and success stories. District names are proper names and stay
 * German in every language.
 */
export const regions = [
  { value: 'chemnitz', label: 'Chemnitz', kind: 'city' },
  { value: 'dresden', label: 'Dresden', kind: 'city' },
  { value: 'leipzig-stadt', label: 'Leipzig', kind: 'city' },
  { value: 'bautzen', label: 'Bautzen', kind: 'district' },
  { value: 'erzgebirgskreis', label: 'Erzgebirgskreis', kind: 'district' },
  { value: 'goerlitz', label: 'Görlitz', kind: 'district' },
  { value: 'leipzig-land', label: 'Landkreis Leipzig', kind: 'district' },
  { value: 'meissen', label: 'Meißen', kind: 'district' },
  { value: 'mittelsachsen', label: 'Mittelsachsen', kind: 'district' },
  { value: 'nordsachsen', label: 'Nordsachsen', kind: 'district' },
  { value: 'saechsische-schweiz-osterzgebirge', label: 'Sächsische Schweiz-Osterzgebirge', kind: 'district' },
  { value: 'vogtlandkreis', label: 'Vogtlandkreis', kind: 'district' },
  { value: 'zwickau', label: 'Zwickau', kind: 'district' },
] as const

export type Region = (typeof regions)[number]
export type RegionValue = Region['value']
