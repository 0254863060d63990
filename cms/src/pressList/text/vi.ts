import type { PressListText } from './de.ts'

export const vi: PressListText = {
  mail: {
    subject: 'Xin vui lòng xác nhận đăng ký vào danh sách nhận thông cáo báo chí của chúng tôi',
    greeting: (name: string) => `Kính gửi ${name},`,
    intro: 'Quý vị đã đăng ký vào danh sách nhận thông cáo báo chí trên trang web của chúng tôi. Xin vui lòng xác nhận đăng ký qua đường liên kết này:',
    expiry: (hours: number) => `Đường liên kết có hiệu lực trong ${hours} giờ. Nếu không nhận được xác nhận, chúng tôi sẽ xóa thông tin của quý vị sau thời hạn này.`,
    ignore: 'Nếu quý vị không đăng ký, quý vị không cần làm gì cả: chúng tôi sẽ không gửi thêm email nào cho quý vị.',
  },
  page: {
    confirmTitle: 'Xác nhận đăng ký',
    confirmIntro: (email: string) => `Xin vui lòng xác nhận rằng địa chỉ ${email} sẽ nhận thông cáo báo chí của chúng tôi qua email.`,
    confirmButton: 'Xác nhận đăng ký',
    confirmedTitle: 'Đăng ký đã được xác nhận',
    confirmedText: 'Xin cảm ơn quý vị! Từ nay quý vị sẽ nhận thông cáo báo chí của chúng tôi qua email. Mỗi email đều có đường liên kết để hủy đăng ký.',
    expiredTitle: 'Đường liên kết đã hết hạn',
    expiredText: 'Đường liên kết xác nhận này không còn hiệu lực. Xin vui lòng đăng ký lại trên trang báo chí của trang web chúng tôi.',
    invalidTitle: 'Đường liên kết không hợp lệ',
    invalidText: 'Đường liên kết này không đầy đủ hoặc không thuộc về đăng ký nào. Xin vui lòng sao chép toàn bộ đường liên kết từ email, hoặc đăng ký lại.',
    backToPress: 'Đến trang báo chí',
  },
}
