import type { ValidationMessages } from './de.ts'

export const vi: ValidationMessages = {
  httpUrl: 'Vui lòng nhập địa chỉ đầy đủ, bắt đầu bằng https://.',
  email: 'Vui lòng nhập địa chỉ email hợp lệ, ví dụ: name@example.org.',
  phone: 'Vui lòng nhập số điện thoại gồm chữ số, dấu cách và các ký tự + ( ) / -.',
  slugTooLong: (max: number) => `Tối đa ${max} ký tự.`,
  slugCharacters: 'Chỉ được dùng chữ cái thường a–z, chữ số và dấu gạch ngang đơn lẻ.',
  slugReserved: (slug: string) => `“${slug}” đã được dành riêng: chính website cần đường dẫn này.`,
  languageTwice: (code: string) => `Ngôn ngữ “${code}” xuất hiện hai lần trong danh sách.`,
}
