import type { PressListText } from './de.ts'

export const en: PressListText = {
  mail: {
    subject: 'Please confirm your subscription to our press list',
    greeting: (name: string) => `Dear ${name},`,
    intro: 'You signed up for our press list on our website. Please confirm your subscription with this link:',
    expiry: (hours: number) => `The link works for ${hours} hours. Without confirmation, we delete your details after that.`,
    ignore: 'If you did not sign up, you need not do anything: you will not get any further email from us.',
  },
  page: {
    confirmTitle: 'Confirm your subscription',
    confirmIntro: (email: string) => `Please confirm that ${email} should receive our press releases by email.`,
    confirmButton: 'Confirm subscription',
    confirmedTitle: 'Subscription confirmed',
    confirmedText: 'Thank you! From now on you will receive our press releases by email. Every email has a link to unsubscribe.',
    expiredTitle: 'The link has expired',
    expiredText: 'This confirmation link is no longer valid. Please sign up again on the press page of our website.',
    invalidTitle: 'The link is not valid',
    invalidText: 'This link is incomplete or does not belong to a subscription. Please copy the whole link from the email, or sign up again.',
    backToPress: 'To the press page',
  },
}
