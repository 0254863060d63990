import type { ValidationMessages } from './de.ts'

export const tr: ValidationMessages = {
  httpUrl: 'Lütfen https:// ile başlayan tam bir adres girin.',
  email: 'Lütfen geçerli bir e-posta adresi girin, örneğin name@example.org.',
  phone: 'Lütfen rakamlar, boşluklar ve + ( ) / - karakterlerinden oluşan bir telefon numarası girin.',
  slugTooLong: (max: number) => `En fazla ${max} karakter.`,
  slugCharacters: 'Yalnızca a–z küçük harfleri, rakamlar ve tekli kısa çizgiler kullanılabilir.',
  slugReserved: (slug: string) => `“${slug}” rezerve edilmiştir: bu yol web sitesinin kendisi için gereklidir.`,
  languageTwice: (code: string) => `“${code}” dili listede iki kez yer alıyor.`,
}
