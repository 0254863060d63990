import type { PressListText } from './de.ts'

export const tr: PressListText = {
  mail: {
    subject: 'Lütfen basın dağıtım listemize kaydınızı onaylayın',
    greeting: (name: string) => `Sayın ${name},`,
    intro: 'Web sitemiz üzerinden basın dağıtım listemize kaydoldunuz. Lütfen kaydınızı bu bağlantı üzerinden onaylayın:',
    expiry: (hours: number) => `Bağlantı ${hours} saat geçerlidir. Bu süre içinde onaylamazsanız bilgilerinizi sileriz.`,
    ignore: 'Kaydolan siz değilseniz hiçbir şey yapmanız gerekmez: Bizden başka e-posta almayacaksınız.',
  },
  page: {
    confirmTitle: 'Kaydınızı onaylayın',
    confirmIntro: (email: string) => `Lütfen basın bültenlerimizin e-posta ile ${email} adresine gönderilmesini istediğinizi onaylayın.`,
    confirmButton: 'Kaydı onayla',
    confirmedTitle: 'Kaydınız onaylandı',
    confirmedText: 'Teşekkür ederiz! Bundan sonra basın bültenlerimizi e-posta ile alacaksınız. Her e-postada abonelikten çıkmak için bir bağlantı bulunur.',
    expiredTitle: 'Bağlantının süresi doldu',
    expiredText: 'Bu onay bağlantısı artık geçerli değil. Lütfen web sitemizin basın sayfasından yeniden kaydolun.',
    invalidTitle: 'Bağlantı geçersiz',
    invalidText: 'Bu bağlantı eksik ya da herhangi bir kayda ait değil. Lütfen bağlantının tamamını e-postadan kopyalayın veya yeniden kaydolun.',
    backToPress: 'Basın sayfasına',
  },
}
