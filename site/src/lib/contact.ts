/** A `tel:` link for a phone number as people write it ("+49 351 000 000 10"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+\d]/g, '')}`
}
