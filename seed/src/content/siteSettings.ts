type LocalizedSettings = {
  name: string
  pressBoilerplate: string
  imprint: string[]
  privacy: string[]
  accessibility: string[]
}

/** The association's details. Address, phone and legal texts are examples to replace. */
export const siteSettings = {
  shortName: 'DSM',
  address: { street: 'Beispielstraße 12', postalCode: '01067', city: 'Dresden' },
  email: 'kontakt@example.org',
  phone: '+49 351 000 000 00',
  socialLinks: [] as { label: string; url: string }[],
  de: {
    name: 'Dachverband Sächsischer Migrant*innenorganisationen e. V.',
    pressBoilerplate:
      'Der Dachverband Sächsischer Migrant*innenorganisationen e. V. vertritt die Interessen von Migrant*innenorganisationen in ganz Sachsen. Er stärkt ihre Position und Wirkung, fördert ihre Sichtbarkeit und setzt sich für echte Teilhabe auf allen Ebenen ein. (Beispieltext)',
    imprint: [
      'Beispieltext – bitte in den Website-Einstellungen durch die echten Angaben ersetzen.',
      'Dachverband Sächsischer Migrant*innenorganisationen e. V., Beispielstraße 12, 01067 Dresden. Vertreten durch den Vorstand. Eingetragen im Vereinsregister des Amtsgerichts Dresden.',
      'Verantwortlich für den Inhalt: der Vorstand, Anschrift wie oben.',
    ],
    privacy: [
      'Beispieltext – bitte durch die geprüfte Datenschutzerklärung des Verbands ersetzen.',
      'Diese Website setzt keine Cookies, bindet keine Inhalte anderer Anbieter ein und lädt Schriften, Bilder und Skripte ausschließlich von diesem Server. Der Webserver speichert technisch notwendige Zugriffsdaten für höchstens sieben Tage.',
    ],
    accessibility: [
      'Der Verband möchte seine Website barrierefrei zugänglich machen, nach dem Gesetz zur Stärkung der Teilhabe von Menschen mit Behinderungen im Freistaat Sachsen und den Anforderungen der WCAG 2.1 auf Stufe AA.',
      'Die Website ist in neun Sprachfassungen verfügbar, darunter Leichte Sprache. Die Inhalte werden regelmäßig automatisch und von Hand geprüft.',
      'Wenn Ihnen Barrieren auffallen, schreiben Sie uns bitte an kontakt@example.org. Wir antworten innerhalb von zwei Wochen. (Beispieltext)',
    ],
  } satisfies LocalizedSettings,
  en: {
    name: 'Umbrella Association of Migrant Organisations in Saxony',
    pressBoilerplate:
      'The Umbrella Association of Migrant Organisations in Saxony represents the interests of migrant organisations throughout Saxony. It strengthens their position and impact, promotes their visibility and advocates genuine participation at all levels. (Example text)',
    imprint: [
      'Example text – please replace with the real details in the site settings.',
      'Dachverband Sächsischer Migrant*innenorganisationen e. V., Beispielstraße 12, 01067 Dresden, Germany. Represented by the board. Registered in the register of associations of the Dresden local court.',
      'Responsible for the content: the board, address as above.',
    ],
    privacy: [
      'Example text – please replace with the association’s reviewed privacy policy.',
      'This website sets no cookies, embeds no content from other providers and loads fonts, images and scripts from this server only. The web server keeps technically necessary access data for at most seven days.',
    ],
    accessibility: [
      'The association wants its website to be accessible, in line with the Saxon law on the participation of people with disabilities and the requirements of WCAG 2.1 level AA.',
      'The website is available in nine language versions, including easy-to-read German. Its content is checked regularly, automatically and by hand.',
      'If you notice a barrier, please write to kontakt@example.org. We answer within two weeks. (Example text)',
    ],
  } satisfies LocalizedSettings,
}
