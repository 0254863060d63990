import type { ValidationMessages } from './de.ts'

export const ar: ValidationMessages = {
  httpUrl: 'يرجى إدخال عنوان كامل يبدأ بـ \u2068https://\u2069.',
  email: 'يرجى إدخال عنوان بريد إلكتروني صالح، مثل name@example.org.',
  phone: 'يرجى إدخال رقم هاتف مكوَّن من أرقام ومسافات والرموز + ( ) / -.',
  slugTooLong: (max: number) => `الحد الأقصى لعدد الأحرف: ${max}.`,
  slugCharacters: 'يُسمح فقط بالأحرف اللاتينية الصغيرة a–z والأرقام والشرطات المفردة.',
  slugReserved: (slug: string) => `الاسم المختصر «${slug}» محجوز: يحتاج الموقع الإلكتروني نفسه إلى هذا المسار.`,
  languageTwice: (code: string) => `اللغة «${code}» مذكورة مرتين في القائمة.`,
}
