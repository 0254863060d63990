/** Field validators shared by several collections. Messages are German first, as the admin is. */

export function validateHttpUrl(value: string | null | undefined): true | string {
  if (!value) return true
  try {
    const url = new URL(value)
    if (url.protocol === 'https:' || url.protocol === 'http:') return true
  } catch {
    // not parseable as a URL at all: same message as a wrong scheme
  }
  return 'Bitte eine vollständige Adresse mit https:// angeben (a full https:// address, please).'
}

const phonePattern = /^\+?[0-9 ()/-]{6,30}$/

export function validatePhone(value: string | null | undefined): true | string {
  if (!value || phonePattern.test(value)) return true
  return 'Bitte eine Telefonnummer aus Ziffern, Leerzeichen und + ( ) / - angeben (digits and + ( ) / - only).'
}
