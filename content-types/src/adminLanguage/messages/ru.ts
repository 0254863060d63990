import type { ValidationMessages } from './de.ts'

export const ru: ValidationMessages = {
  httpUrl: 'Пожалуйста, введите полный адрес, начинающийся с https://.',
  email: 'Пожалуйста, введите корректный адрес электронной почты, например name@example.org.',
  phone: 'Пожалуйста, введите номер телефона, состоящий из цифр, пробелов и символов + ( ) / -.',
  slugTooLong: (max: number) => `Максимальное количество символов: ${max}.`,
  slugCharacters: 'Только строчные латинские буквы a–z, цифры и одиночные дефисы.',
  slugReserved: (slug: string) => `Фрагмент «${slug}» зарезервирован: этот путь нужен самому сайту.`,
  languageTwice: (code: string) => `Язык «${code}» указан в списке дважды.`,
}
