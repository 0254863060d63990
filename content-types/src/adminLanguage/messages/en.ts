import type { ValidationMessages } from './de.ts'

export const en: ValidationMessages = {
  httpUrl: 'Please give a full address starting with https://.',
  email: 'Please give a valid email address, e.g. name@example.org.',
  phone: 'Please give a phone number made of digits, spaces and + ( ) / -.',
  slugTooLong: (max: number) => `At most ${max} characters.`,
  slugCharacters: 'Only lower-case letters a–z, digits and single hyphens.',
  slugReserved: (slug: string) => `“${slug}” is reserved: the website needs this path itself.`,
  languageTwice: (code: string) => `The language “${code}” is listed twice.`,
}
