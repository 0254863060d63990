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
    unsubscribeTitle: 'Vom Presseverteiler abmelden',
    unsubscribeIntro: (email: string) => `Soll ${email} keine Pressemitteilungen mehr von uns bekommen?`,
    unsubscribeButton: 'Abmelden',
    unsubscribedTitle: 'Abgemeldet',
    manageTitle: 'Ihr Presseverteiler-Abonnement',
    manageIntro: (email: string) => `Hier ändern Sie, in welchen Sprachen und zu welchen Themen ${email} unsere Pressemitteilungen bekommt, oder melden sich ab.`,
    languagesLegend: 'Sprachen (wir senden in der ersten, in der es die Mitteilung gibt, sonst auf Deutsch)',
    topicsLegend: 'Themen',
    goalsLegend: 'Ziele unseres Leitbilds',
    embargoLegend: 'Pressemitteilungen unter Sperrfrist',
    nowPublicNote: 'Mir kurz schreiben, wenn eine Sperrfrist abläuft und die Mitteilung öffentlich ist',
    allReleases: 'Alle Pressemitteilungen',
    saveButton: 'Speichern',
    savedTitle: 'Gespeichert',
    savedText: 'Ihre Auswahl ist gespeichert. Sie gilt ab der nächsten Pressemitteilung.',
    chooseBoth: 'Bitte wählen Sie mindestens eine Sprache und ein Thema – oder melden Sie sich ab.',
    unsubscribedText: 'Sie bekommen keine Pressemitteilungen mehr von uns. Ihre Adresse bleibt nur gespeichert, damit wir Ihnen nichts mehr senden; auf Wunsch löschen wir sie ganz.',
  },
  release: {
    kind: 'Pressemitteilung',
    /** At the top of a release sent in German because it does not exist in any of the subscriber's languages. */
    inGerman: 'Diese Pressemitteilung gibt es nicht in Ihren gewählten Sprachen. Hier ist der deutsche Text.',
    contacts: 'Ansprechpersonen',
    email: 'E-Mail',
    phone: 'Telefon',
    onWebsite: 'Auf der Website lesen',
    pdf: 'Pressemitteilung als PDF',
    zip: 'Text, PDF und Bilder als ZIP',
    why: (association: string) => `Sie bekommen diese E-Mail, weil Sie den Presseverteiler von ${association} abonniert haben.`,
    manage: 'Sprachen und Themen ändern',
    unsubscribe: 'Abmelden',
    /** Subject prefix of a release sent ahead of its embargo; the time is written out, in Berlin time. */
    embargoSubject: (until: string) => `SPERRFRIST ${until}`,
    embargoNotice: (until: string) =>
      `SPERRFRIST: Diese Pressemitteilung darf erst am ${until} veröffentlicht werden. Sie bekommen sie vorab, weil Sie für Sperrfristen akkreditiert sind.`,
    personalLink: 'Ihr persönlicher Link zur Mitteilung (bitte nicht weitergeben; jeder Aufruf wird protokolliert)',
  },
  /** Notes to those who had a release ahead of its embargo: the embargo moved or lifted, or the release withdrawn. */
  embargoNote: {
    movedSubject: (until: string) => `SPERRFRIST GEÄNDERT: neu ${until}`,
    movedText: (until: string) => `Korrektur: Die Sperrfrist dieser Pressemitteilung wurde geändert. Sie darf erst am ${until} veröffentlicht werden.`,
    liftedSubject: 'SPERRFRIST AUFGEHOBEN',
    liftedText: 'Die Sperrfrist dieser Pressemitteilung ist aufgehoben: Sie darf ab sofort veröffentlicht werden.',
    withdrawnSubject: 'ZURÜCKGEZOGEN',
    withdrawnText: 'Diese Pressemitteilung wurde zurückgezogen. Bitte veröffentlichen Sie sie nicht. Ihr persönlicher Link gilt nicht mehr.',
    publicSubject: 'SPERRFRIST ABGELAUFEN',
    publicText: 'Die Sperrfrist dieser Pressemitteilung ist abgelaufen. Sie ist jetzt öffentlich und darf veröffentlicht werden.',
  },
  /** The page a personal link to an embargoed release answers when it cannot show it. */
  embargoLink: {
    endedTitle: 'Dieser Link gilt nicht mehr',
    endedText: 'Die Pressemitteilung wurde zurückgezogen, oder dieser persönliche Link ist nicht mehr freigegeben. Bei Fragen wenden Sie sich bitte an unsere Pressestelle.',
    invalidTitle: 'Der Link ist ungültig',
    invalidText: 'Dieser Link ist unvollständig oder verändert. Bitte öffnen Sie den ganzen Link aus der E-Mail.',
  },
}

export type PressListText = typeof de
