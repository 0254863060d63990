/**
 * The plural form of a count in Russian and Ukrainian, which share the rule: 1, 21, 31 → one;
 * 2–4, 22–24 → few; else (0, 5–20, 25–30, 11–14) → many.
 */
export function slavicPlural(n: number, one: string, few: string, many: string): string {
  const lastTwo = Math.abs(n) % 100
  const last = lastTwo % 10
  if (last === 1 && lastTwo !== 11) return one
  if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) return few
  return many
}
