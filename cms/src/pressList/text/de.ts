/**
 * The press list's words for subscribers, in German: the source. The confirmation mail and the
 * pages its link opens speak the language the subscriber used on the website; each language
 * has a file of the same shape (`PressListText`), checked by the press-list test.
 */
export const de = {
  mail: {
    subject: 'Bitte bestätigen Sie Ihre Anmeldung zum Presseverteiler',
    greeting: (name: string) => `Guten Tag ${name},`,
    intro: 'Sie haben sich auf unserer Website für den Presseverteiler angemeldet. Bitte bestätigen Sie die Anmeldung über diesen Link:',
    expiry: (hours: number) => `Der Link gilt ${hours} Stunden. Ohne Bestätigung löschen wir Ihre Angaben danach.`,
    ignore: 'Wenn Sie sich nicht angemeldet haben, müssen Sie nichts tun: Sie bekommen dann keine weitere E-Mail von uns.',
  },
  page: {
    confirmTitle: 'Anmeldung bestätigen',
    confirmIntro: (email: string) => `Bitte bestätigen Sie, dass ${email} unsere Pressemitteilungen per E-Mail bekommen soll.`,
    confirmButton: 'Anmeldung bestätigen',
    confirmedTitle: 'Anmeldung bestätigt',
    confirmedText: 'Danke! Sie bekommen unsere Pressemitteilungen ab jetzt per E-Mail. Jede E-Mail enthält einen Link zum Abmelden.',
    expiredTitle: 'Der Link ist abgelaufen',
    expiredText: 'Dieser Bestätigungslink ist nicht mehr gültig. Bitte melden Sie sich auf der Presseseite unserer Website noch einmal an.',
    invalidTitle: 'Der Link ist ungültig',
    invalidText: 'Dieser Link ist unvollständig oder gehört nicht zu einer Anmeldung. Bitte kopieren Sie den ganzen Link aus der E-Mail oder melden Sie sich noch einmal an.',
    backToPress: 'Zur Presseseite',
  },
}

export type PressListText = typeof de
