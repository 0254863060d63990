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

// One @, no spaces, a dot in the domain: strict enough to catch typos, loose enough for every
// real address (international domains included); whether it exists only sending can tell.
// Characters that would change the meaning of an address in a mail header are refused.
const emailPattern = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\.]+(\.[^\s@<>(),;:"[\]\\.]+)+$/

export function validateEmailAddress(value: string | null | undefined): true | string {
  if (!value || (value.length <= 254 && emailPattern.test(value))) return true
  return 'Bitte eine gültige E-Mail-Adresse angeben, z. B. name@example.org (a valid email address, please).'
}

const phonePattern = /^\+?[0-9 ()/-]{6,30}$/

export function validatePhone(value: string | null | undefined): true | string {
  if (!value || phonePattern.test(value)) return true
  return 'Bitte eine Telefonnummer aus Ziffern, Leerzeichen und + ( ) / - angeben (digits and + ( ) / - only).'
}
