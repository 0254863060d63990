import type { LocaleCode, RegionValue } from '@verband/content-types'

import type { IllustrationSpec } from '../images.ts'

type StoryText = { title: string; summary: string; body: string[] }

export type ExampleStory = {
  slug: string
  publishedAt: string
  regions: RegionValue[]
  /** Positions (1-based) of the related goals and values in the Leitbild. */
  goals: number[]
  values: number[]
  image: IllustrationSpec
  de: StoryText
  /** Not every story is translated: the website shows the German text, marked as such. */
  translations?: Partial<Record<Exclude<LocaleCode, 'de'>, StoryText>>
}

const exampleNote = 'Dies ist eine Beispielgeschichte für die Demo-Website; Personen und Orte sind erfunden.'
const exampleNoteEn = 'This is an example story for the demo website; people and places are invented.'

/** Six example success stories, clearly marked as examples in their text. */
export const exampleStories: ExampleStory[] = [
  {
    slug: 'beispiel-elterncafe-leipzig',
    publishedAt: '2026-10-14',
    regions: ['leipzig-stadt'],
    goals: [2, 5],
    values: [1, 2],
    image: { name: 'elterncafe-leipzig', hue: 24, shapes: 'circles', alt: { de: 'Illustration: bunte Kreise, die sich überlappen, wie Menschen an einem runden Tisch', en: 'Illustration: colourful overlapping circles, like people around a round table' } },
    de: {
      title: 'Beispiel: Ein Elterncafé in Leipzig-Grünau wird zur Anlaufstelle',
      summary: 'Ein Verein aus Grünau lädt Eltern in sieben Sprachen ein. Aus einem Treffen pro Monat wurde ein fester Ort für Beratung und Begegnung.',
      body: [
        exampleNote,
        'Angefangen hat alles mit einer Thermoskanne Tee und zwölf Stühlen im Gemeinderaum. Heute kommen jede Woche über vierzig Mütter und Väter ins Elterncafé, das ein Mitgliedsverein in Leipzig-Grünau organisiert.',
        'Ehrenamtliche übersetzen Elternbriefe, erklären das Schulsystem und begleiten zu Terminen. Mit Unterstützung des Dachverbands hat der Verein eine Förderung für zwei Jahre erhalten und eine Koordinatorin eingestellt.',
      ],
    },
    translations: {
      ar: {
        title: 'مثال: مقهى الأهالي في لايبزيغ-غرونآو يصبح مكانًا يلجأ إليه الناس',
        summary: 'جمعية في غرونآو ترحّب بالأهالي بسبع لغات. تحوّل لقاء شهري إلى مكان دائم للاستشارة واللقاء.',
        body: [
          'هذه قصة مثال لموقع العرض التجريبي؛ الأشخاص والأماكن فيها متخيَّلة.',
          'بدأ كل شيء بإبريق شاي واثني عشر كرسيًا في قاعة الحي. واليوم يأتي أكثر من أربعين أمًّا وأبًا كل أسبوع إلى مقهى الأهالي الذي تنظمه جمعية عضو في لايبزيغ-غرونآو.',
          'يترجم المتطوعون رسائل المدرسة، ويشرحون النظام المدرسي، ويرافقون الأهالي إلى المواعيد. وبدعم من الاتحاد الجامع حصلت الجمعية على تمويل لمدة عامين ووظّفت منسّقة.',
        ],
      },
      en: {
        title: 'Example: a parents’ café in Leipzig-Grünau becomes a place to turn to',
      summary: 'An association in Grünau welcomes parents in seven languages. A monthly meeting has grown into a permanent place for advice and encounter.',
      body: [
        exampleNoteEn,
        'It all started with a thermos of tea and twelve chairs in the community room. Today more than forty mothers and fathers come every week to the parents’ café run by a member association in Leipzig-Grünau.',
        'Volunteers translate letters from school, explain the school system and accompany parents to appointments. With the umbrella association’s support, the association secured two years of funding and hired a coordinator.',
      ],
      },
    },
  },
  {
    slug: 'beispiel-ausbildungslotsen-chemnitz',
    publishedAt: '2026-09-02',
    regions: ['chemnitz', 'zwickau'],
    goals: [1, 2],
    values: [4, 5],
    image: { name: 'ausbildungslotsen-chemnitz', hue: 200, shapes: 'steps', alt: { de: 'Illustration: aufsteigende Stufen in Blautönen', en: 'Illustration: ascending steps in shades of blue' } },
    de: {
      title: 'Beispiel: Ausbildungslotsen bringen Betriebe und junge Zugewanderte zusammen',
      summary: 'In Chemnitz und Zwickau begleiten Lots*innen aus Migrant*innenorganisationen junge Menschen in die Ausbildung – 38 Verträge im ersten Jahr.',
      body: [
        exampleNote,
        'Viele Betriebe in Südwestsachsen suchen Auszubildende, viele junge Zugewanderte suchen einen Einstieg. Die Lots*innen kennen beide Seiten: Sie sprechen die Sprachen der Jugendlichen und die der Handwerkskammer.',
        'Im ersten Jahr wurden 38 Ausbildungsverträge geschlossen. Die Industrie- und Handelskammer hat das Projekt inzwischen in ihren Beirat eingeladen.',
      ],
    },
    translations: {
      en: {
        title: 'Example: apprenticeship guides connect companies and young newcomers',
        summary: 'In Chemnitz and Zwickau, guides from migrant organisations accompany young people into vocational training – 38 contracts in the first year.',
        body: [
          exampleNoteEn,
          'Many companies in south-west Saxony are looking for apprentices, and many young newcomers are looking for a way in. The guides know both sides: they speak the young people’s languages and the language of the chamber of crafts.',
          'In the first year, 38 apprenticeship contracts were signed. The chamber of commerce has since invited the project to its advisory board.',
        ],
      },
    },
  },
  {
    slug: 'beispiel-integrationsbeirat-goerlitz',
    publishedAt: '2026-07-21',
    regions: ['goerlitz'],
    goals: [1, 3],
    values: [3, 4],
    image: { name: 'beirat-goerlitz', hue: 140, shapes: 'bars', alt: { de: 'Illustration: grüne Balken unterschiedlicher Höhe nebeneinander', en: 'Illustration: green bars of different heights side by side' } },
    de: {
      title: 'Beispiel: Görlitz bekommt einen Integrationsbeirat mit Stimme',
      summary: 'Nach zwei Jahren Gesprächen mit Stadtrat und Verwaltung sitzen Vertreter*innen von Migrant*innenorganisationen nun mit Rederecht im Ausschuss.',
      body: [
        exampleNote,
        'Beteiligung braucht feste Regeln. Gemeinsam mit drei Mitgliedsvereinen hat der Dachverband einen Vorschlag für eine Beiratssatzung erarbeitet, die dem Beirat Rede- und Antragsrecht gibt.',
        'Der Stadtrat hat die Satzung im Sommer beschlossen. Die ersten Sitzungen zeigen: Themen wie Wohnungssuche und Sprachkurse kommen jetzt früher auf den Tisch.',
      ],
    },
    translations: {
      en: {
        title: 'Example: Görlitz gets an integration council with a real voice',
        summary: 'After two years of talks with the city council and administration, representatives of migrant organisations now sit on the committee with the right to speak.',
        body: [
          exampleNoteEn,
          'Participation needs firm rules. Together with three member associations, the umbrella association drafted council statutes that give the council the right to speak and to table motions.',
          'The city council adopted the statutes in the summer. The first meetings show that topics such as housing and language courses now reach the table earlier.',
        ],
      },
    },
  },
  {
    slug: 'beispiel-foerdermittelwerkstatt-dresden',
    publishedAt: '2026-05-30',
    regions: ['dresden', 'meissen', 'saechsische-schweiz-osterzgebirge'],
    goals: [2, 4],
    values: [6],
    image: { name: 'foerdermittel-dresden', hue: 45, shapes: 'grid', alt: { de: 'Illustration: ein Raster aus gelben und orangen Quadraten', en: 'Illustration: a grid of yellow and orange squares' } },
    de: {
      title: 'Beispiel: Die Fördermittelwerkstatt hilft kleinen Vereinen beim ersten Antrag',
      summary: 'Zwölf Vereine aus Dresden und Umgebung haben in der Werkstatt ihre ersten Förderanträge geschrieben; neun wurden bewilligt.',
      body: [
        exampleNote,
        'Ein Förderantrag ist für einen ehrenamtlichen Verein oft die größte Hürde. In sechs Abenden erklärt die Fördermittelwerkstatt Budgets, Verwendungsnachweise und Kofinanzierung – mit Beispielen aus der Praxis.',
        'Neun von zwölf Anträgen wurden bewilligt, zusammen über 140.000 Euro für Projekte in Dresden, Meißen und Pirna.',
      ],
    },
    translations: {
      en: {
        title: 'Example: the funding workshop helps small associations with their first application',
        summary: 'Twelve associations from Dresden and the surrounding area wrote their first funding applications in the workshop; nine were approved.',
        body: [
          exampleNoteEn,
          'For a volunteer-run association, a funding application is often the biggest hurdle. Over six evenings, the funding workshop explains budgets, financial reports and co-funding – with examples from practice.',
          'Nine out of twelve applications were approved, together more than 140,000 euros for projects in Dresden, Meißen and Pirna.',
        ],
      },
    },
  },
  {
    slug: 'beispiel-erinnerungsorte-bautzen',
    publishedAt: '2026-04-12',
    regions: ['bautzen'],
    goals: [5],
    values: [2, 5],
    image: { name: 'erinnerung-bautzen', hue: 280, shapes: 'circles', alt: { de: 'Illustration: violette Kreise auf hellem Grund', en: 'Illustration: violet circles on a light background' } },
    de: {
      title: 'Beispiel: Vertragsarbeiter*innen erzählen – ein Stadtrundgang in Bautzen',
      summary: 'Ein vietnamesischer Verein und Schüler*innen eines Gymnasiums haben Erinnerungen ehemaliger Vertragsarbeiter*innen zu einem Stadtrundgang gemacht.',
      body: [
        exampleNote,
        'An acht Stationen erzählen Tafeln und Tonaufnahmen vom Leben der Vertragsarbeiter*innen in den 1980er-Jahren: von Wohnheimen, Betrieben und Freundschaften.',
        'Der Rundgang ist Teil einer Erinnerungskultur, die alle einschließt. Er wird inzwischen von Schulklassen aus der ganzen Oberlausitz gebucht.',
      ],
    },
  },
  {
    slug: 'beispiel-sprachmittlerpool-vogtland',
    publishedAt: '2026-02-18',
    regions: ['vogtlandkreis', 'erzgebirgskreis'],
    goals: [2, 3],
    values: [1, 5],
    image: { name: 'sprachmittler-vogtland', hue: 170, shapes: 'steps', alt: { de: 'Illustration: Stufen in Türkis und Grün', en: 'Illustration: steps in turquoise and green' } },
    de: {
      title: 'Beispiel: Ein Pool von Sprachmittler*innen für das Vogtland und das Erzgebirge',
      summary: 'Ärzt*innen, Schulen und Ämter im ländlichen Raum können jetzt kurzfristig Sprachmittlung in 14 Sprachen anfragen.',
      body: [
        exampleNote,
        'Im ländlichen Raum fehlt oft, was in Großstädten selbstverständlich ist. Ein Netzwerk von Mitgliedsvereinen hat deshalb einen gemeinsamen Pool von geschulten Sprachmittler*innen aufgebaut.',
        'Über eine Telefonnummer werden Einsätze vermittelt, vor Ort oder per Video. Im ersten Halbjahr waren es über 600 Einsätze.',
      ],
    },
  },
]
