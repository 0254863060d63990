import type { ValidationMessages } from './de.ts'

export const fa: ValidationMessages = {
  httpUrl: 'لطفاً یک نشانی کامل که با \u2068https://\u2069 شروع می‌شود وارد کنید.',
  email: 'لطفاً یک نشانی ایمیل معتبر وارد کنید، مثلاً name@example.org.',
  phone: 'لطفاً یک شماره تلفن متشکل از رقم، فاصله و کاراکترهای + ( ) / - وارد کنید.',
  slugTooLong: (max: number) => `حداکثر ${max} کاراکتر.`,
  slugCharacters: 'فقط حروف کوچک لاتین a–z، رقم و خط‌تیره‌های تکی مجاز است.',
  slugReserved: (slug: string) => `نامک «${slug}» رزرو شده است: خود وب‌سایت به این مسیر نیاز دارد.`,
  languageTwice: (code: string) => `زبان «${code}» دو بار در فهرست آمده است.`,
}
