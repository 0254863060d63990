/**
 * The content model's own messages, in German: the source. They are what a person saving is
 * told when a validator or a hook refuses: field checks, the editorial workflow, the upload
 * screen and the tags of a translated paragraph. Each admin language has a file of the same
 * shape (`ValidationMessages`), so a message missing in any language fails the type check;
 * `test/adminLanguages.test.ts` checks none is left in German or English.
 */
export const de = {
  httpUrl: 'Bitte eine vollständige Adresse mit https:// angeben.',
  email: 'Bitte eine gültige E-Mail-Adresse angeben, z. B. name@example.org.',
  phone: 'Bitte eine Telefonnummer aus Ziffern, Leerzeichen und + ( ) / - angeben.',
  slugTooLong: (max: number) => `Höchstens ${max} Zeichen.`,
  slugCharacters: 'Nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche.',
  slugReserved: (slug: string) => `„${slug}“ ist reserviert: Die Website braucht diesen Pfad selbst.`,
  languageTwice: (code: string) => `Die Sprache „${code}“ steht zweimal in der Liste.`,
  /**
   * A media field that takes files of some kinds only (a video's poster, a logo): the name of
   * each kind, and the sentence around them, joined with "oder" ("ein Bild oder eine Vektorgrafik").
   */
  onlyKind: {
    photo: 'ein Bild (JPEG, PNG, WebP oder AVIF)',
    vector: 'eine Vektorgrafik (SVG)',
    document: 'ein PDF',
    video: 'ein Video (MP4 oder WebM)',
    fits: (kinds: string) => `Hier passt nur ${kinds}.`,
  },
  workflow: {
    authorsSaveDraftsOnly: 'Autor*innen können nur Entwürfe speichern. Veröffentlichen kann die Redaktion.',
    onlyEditorsSendBack: 'Nur die Redaktion kann einen Entwurf zurückgeben.',
    sendBackNeedsComment: 'Bitte sagen Sie im Kommentar, was zu ändern ist.',
    demoAccountsOnlyInDemoMode: 'Demo-Zugänge funktionieren nur im Demo-Modus.',
  },
  upload: {
    notAccepted: (name: string, accepted: string) => `„${name}“ ist kein erlaubter Dateityp (nach seinem Inhalt beurteilt); erlaubt sind ${accepted}.`,
    disguised: (name: string, claimed: string, actual: string) => `„${name}“ gibt sich als ${claimed} aus, ist aber ${actual}. Bitte die Originaldatei hochladen.`,
    tooLarge: (name: string, size: string, limit: string) => `„${name}“ ist ${size} groß; erlaubt sind höchstens ${limit}.`,
    unsafeSvg: (name: string, problems: string) => `Das SVG „${name}“ wird nicht angenommen: ${problems}.`,
    unreadableImage: (reason: string) => `Das Bild lässt sich nicht lesen (${reason}); die Datei ist beschädigt oder nicht, was ihr Kopf behauptet.`,
    refusedVideo: (name: string, problem: string) => `Das Video „${name}“ wird nicht angenommen: ${problem}.`,
  },
  /** Why a video is refused; the value is what FFmpeg found (a codec, its own error). */
  videoProblem: {
    noPicture: 'die Datei enthält kein Bild, nur Ton',
    videoCodec: (codec: string) => `das Bild ist ${codec}-kodiert; damit jeder Browser es abspielt, braucht MP4 H.264 und WebM VP8, VP9 oder AV1. Bitte neu exportieren`,
    audioCodec: (codec: string) => `der Ton ist ${codec}-kodiert; MP4 braucht AAC, WebM Vorbis oder Opus. Bitte neu exportieren`,
    unreadable: (detail: string) => `es lässt sich nicht lesen, es ist beschädigt oder nicht, was sein Anfang behauptet (${detail})`,
    noDuration: 'es hat keine lesbare Länge',
    unprocessable: (detail: string) => `es lässt sich nicht verarbeiten (${detail})`,
  },
  /** Why an SVG is refused; the value is the offending part of the file. */
  svgProblem: {
    malformed: (detail: string) => `kein wohlgeformtes XML (${detail})`,
    empty: 'die Datei ist leer',
    notSvg: 'kein SVG-Bild',
    entities: 'es deklariert XML-Entitäten',
    externalStyleSheet: 'es verweist auf ein externes Stylesheet',
    importsStyleSheet: 'es importiert ein Stylesheet',
    script: 'es enthält ein Skript',
    embedsContent: (element: string) => `es bettet fremde Inhalte ein (${element})`,
    eventHandler: (attribute: string) => `es hat einen Event-Handler (${attribute})`,
    scriptReference: (reference: string) => `es verweist auf ein Skript (${reference})`,
    outsideResource: (reference: string) => `es lädt etwas von außerhalb (${reference})`,
  },
  /** What is wrong with the inline tags (<g>, <x/>) of a translated paragraph. */
  tagProblem: {
    shortFieldWithTags: 'ein kurzes Feld kann keine Auszeichnungen enthalten',
    unknownTag: (tag: string) => `unbekannte oder beschädigte Auszeichnung ${tag}`,
    noSuchTag: (id: string) => `die Auszeichnung ${id} gibt es im deutschen Text nicht`,
    tagTwice: (id: string) => `die Auszeichnung ${id} kommt zweimal vor`,
    wrongKind: (id: string) => `die Auszeichnung ${id} hat die falsche Art`,
    insideFormattedText: (id: string) => `die Auszeichnung ${id} steht in formatiertem Text, der keine Auszeichnungen enthalten kann`,
    notClosed: (id: string) => `die Auszeichnung ${id} wird nicht geschlossen`,
    closingWithoutOpening: 'ein schließendes </g> hat kein öffnendes',
    missing: (ids: string) => `es fehlt: ${ids}`,
  },
}

export type ValidationMessages = typeof de
