import type { ValidationMessages } from './de.ts'

export const uk: ValidationMessages = {
  httpUrl: 'Будь ласка, введіть повну адресу, що починається з https://.',
  email: 'Будь ласка, введіть коректну адресу електронної пошти, наприклад name@example.org.',
  phone: 'Будь ласка, введіть номер телефону, що складається з цифр, пробілів і символів + ( ) / -.',
  slugTooLong: (max: number) => `Максимальна кількість символів: ${max}.`,
  slugCharacters: 'Лише малі латинські літери a–z, цифри та поодинокі дефіси.',
  slugReserved: (slug: string) => `Фрагмент «${slug}» зарезервовано: цей шлях потрібен самому сайту.`,
  languageTwice: (code: string) => `Мову «${code}» вказано в списку двічі.`,
}
