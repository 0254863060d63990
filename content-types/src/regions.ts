/**
 * Saxony's 13 districts (Landkreise and Kreisfreie Städte): the one list of regions used
 * by member organisations and success stories. District names are proper names and stay
 * German in every language.
 *
 * `tile` places each district on the website's schematic map: a grid of columns (west to
 * east) and rows (north to south), roughly where the district lies.
 */
export const regions = [
  { value: 'chemnitz', label: 'Chemnitz', kind: 'city', tile: { col: 2, row: 2 } },
  { value: 'dresden', label: 'Dresden', kind: 'city', tile: { col: 4, row: 1 } },
  { value: 'leipzig-stadt', label: 'Leipzig', kind: 'city', tile: { col: 1, row: 0 } },
  { value: 'bautzen', label: 'Bautzen', kind: 'district', tile: { col: 5, row: 0 } },
  { value: 'erzgebirgskreis', label: 'Erzgebirgskreis', kind: 'district', tile: { col: 3, row: 3 } },
  { value: 'goerlitz', label: 'Görlitz', kind: 'district', tile: { col: 6, row: 1 } },
  { value: 'leipzig-land', label: 'Landkreis Leipzig', kind: 'district', tile: { col: 1, row: 1 } },
  { value: 'meissen', label: 'Meißen', kind: 'district', tile: { col: 3, row: 1 } },
  { value: 'mittelsachsen', label: 'Mittelsachsen', kind: 'district', tile: { col: 3, row: 2 } },
  { value: 'nordsachsen', label: 'Nordsachsen', kind: 'district', tile: { col: 2, row: 0 } },
  { value: 'saechsische-schweiz-osterzgebirge', label: 'Sächsische Schweiz-Osterzgebirge', kind: 'district', tile: { col: 5, row: 2 } },
  { value: 'vogtlandkreis', label: 'Vogtlandkreis', kind: 'district', tile: { col: 1, row: 3 } },
  { value: 'zwickau', label: 'Zwickau', kind: 'district', tile: { col: 2, row: 3 } },
] as const

export type Region = (typeof regions)[number]
export type RegionValue = Region['value']
