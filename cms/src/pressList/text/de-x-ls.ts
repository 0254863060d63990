import type { PressListText } from './de.ts'

export const deXLs: PressListText = {
  mail: {
    subject: 'Bitte bestätigen Sie Ihre Anmeldung für den Presse·verteiler',
    greeting: (name: string) => `Guten Tag ${name},`,
    intro: 'Sie haben sich auf unserer Internet·seite für den Presse·verteiler angemeldet. Dann bekommen Sie unsere Texte für die Presse per E-Mail. Bitte bestätigen Sie die Anmeldung. Klicken Sie dafür auf diesen Link:',
    expiry: (hours: number) => `Der Link gilt ${hours} Stunden. Bitte bestätigen Sie in dieser Zeit. Sonst löschen wir Ihre Daten.`,
    ignore: 'Sie haben sich nicht angemeldet? Dann müssen Sie nichts tun. Sie bekommen dann keine E-Mail mehr von uns.',
  },
  page: {
    confirmTitle: 'Anmeldung bestätigen',
    confirmIntro: (email: string) => `Sie wollen unsere Texte für die Presse bekommen. Wir schicken die Texte per E-Mail an diese Adresse: ${email}. Bitte bestätigen Sie das.`,
    confirmButton: 'Anmeldung bestätigen',
    confirmedTitle: 'Ihre Anmeldung ist bestätigt',
    confirmedText: 'Vielen Dank! Ab jetzt bekommen Sie unsere Texte für die Presse per E-Mail. In jeder E-Mail ist ein Link. Mit dem Link können Sie sich wieder abmelden.',
    expiredTitle: 'Der Link gilt nicht mehr',
    expiredText: 'Die Zeit für diesen Link ist vorbei. Bitte melden Sie sich noch einmal an. Das geht auf unserer Internet·seite. Gehen Sie dort auf die Seite für die Presse.',
    invalidTitle: 'Der Link funktioniert nicht',
    invalidText: 'Bei diesem Link fehlt vielleicht ein Teil. Oder der Link gehört zu keiner Anmeldung. Bitte kopieren Sie den ganzen Link aus der E-Mail. Oder melden Sie sich noch einmal an.',
    backToPress: 'Zur Seite für die Presse',
  },
}
