import type { LocaleCode } from '@verband/content-types'

import type { IllustrationSpec } from '../images.ts'

type ReleaseText = { title: string; subtitle: string; place: string; body: string[] }

export type ExamplePressRelease = {
  slug: string
  releaseDate: string
  /** An embargo in the past: the release is already public. */
  embargoUntil?: string
  /** An embargo that ends this many days after seeding: the release is not public yet. */
  embargoDaysAfterSeeding?: number
  /** E-mail addresses of the press contacts. */
  contacts: string[]
  /** Slugs of related example stories. */
  relatedStories: string[]
  image?: IllustrationSpec
  de: ReleaseText
  translations?: Partial<Record<Exclude<LocaleCode, 'de'>, ReleaseText>>
}

const exampleNote = 'Dies ist eine Beispiel-Pressemitteilung für die Demo-Website.'
const exampleNoteEn = 'This is an example press release for the demo website.'

/**
 * Five example press releases, clearly marked as examples in their text; one is still under
 * embargo, one is translated into Arabic and Russian (right-to-left and Cyrillic PDFs).
 */
export const examplePressReleases: ExamplePressRelease[] = [
  {
    slug: 'beispiel-leitbild-beschlossen',
    releaseDate: '2025-05-05',
    contacts: ['presse@example.org'],
    relatedStories: [],
    image: {
      name: 'leitbild-beschlossen',
      hue: 10,
      shapes: 'bars',
      alt: {
        de: 'Illustration: rote und orange Balken wie eine Abstimmung mit erhobenen Händen',
        en: 'Illustration: red and orange bars like a vote with raised hands',
      },
    },
    de: {
      title: 'Beispiel: Dachverband beschließt sein erstes Leitbild',
      subtitle: 'Mitgliederversammlung in Dresden verabschiedet Vision, Werte und Ziele',
      place: 'Dresden',
      body: [
        exampleNote,
        'Die Mitgliederversammlung des Dachverbands hat am 3. Mai 2025 in Dresden ihr Leitbild beschlossen. Es beschreibt die Vision eines Sachsens, das durch Vielfalt, Chancengleichheit und echte Teilhabe geprägt ist.',
        'Sechs Werte, fünf Ziele und sechs Grundsätze der Arbeitsweise bilden künftig den Rahmen für die Arbeit des Verbands und seiner Mitglieder.',
      ],
    },
    translations: {
      en: {
        title: 'Example: umbrella association adopts its first mission statement',
        subtitle: 'General assembly in Dresden adopts vision, values and goals',
        place: 'Dresden',
        body: [
          exampleNoteEn,
          'On 3 May 2025 in Dresden, the general assembly of the umbrella association adopted its mission statement. It describes the vision of a Saxony defined by diversity, equal opportunities and genuine participation.',
          'Six values, five goals and six working principles will frame the work of the association and its members.',
        ],
      },
      ar: {
        title: 'مثال: اتحاد الجمعيات يعتمد أول بيان رسالة له',
        subtitle: 'الجمعية العامة في دريسدن تعتمد الرؤية والقيم والأهداف',
        place: 'دريسدن',
        body: [
          'هذا بيان صحفي نموذجي لموقع العرض التجريبي.',
          'اعتمدت الجمعية العامة للاتحاد في 3 مايو 2025 في دريسدن بيان رسالتها. وهو يصف رؤية ساكسونيا تتميز بالتنوع وتكافؤ الفرص والمشاركة الحقيقية.',
          'ستشكّل ست قيم وخمسة أهداف وستة مبادئ عمل إطار عمل الاتحاد وأعضائه في المستقبل.',
        ],
      },
      ru: {
        title: 'Пример: головная организация принимает свою первую миссию',
        subtitle: 'Общее собрание в Дрездене утверждает видение, ценности и цели',
        place: 'Дрезден',
        body: [
          'Это пример пресс-релиза для демонстрационного сайта.',
          '3 мая 2025 года общее собрание головной организации в Дрездене приняло её миссию. Она описывает видение Саксонии, которую определяют многообразие, равные возможности и настоящее участие.',
          'Шесть ценностей, пять целей и шесть принципов работы станут основой деятельности организации и её членов.',
        ],
      },
    },
  },
  {
    slug: 'beispiel-ausbildungsbilanz',
    releaseDate: '2026-09-03',
    embargoUntil: '2026-09-03T08:00:00.000Z',
    contacts: ['presse@example.org', 'regional@example.org'],
    relatedStories: ['beispiel-ausbildungslotsen-chemnitz'],
    de: {
      title: 'Beispiel: 38 Ausbildungsverträge durch Lots*innen aus Migrant*innenorganisationen',
      subtitle: 'Bilanz des ersten Projektjahres in Chemnitz und Zwickau',
      place: 'Chemnitz',
      body: [
        exampleNote,
        'Das Projekt der Ausbildungslots*innen zieht eine positive Bilanz: 38 junge Menschen haben im ersten Jahr einen Ausbildungsvertrag unterschrieben.',
        'Der Dachverband fordert, das Projekt dauerhaft zu finanzieren und auf weitere Landkreise auszuweiten.',
      ],
    },
    translations: {
      en: {
        title: 'Example: 38 apprenticeship contracts thanks to guides from migrant organisations',
        subtitle: 'Results of the first project year in Chemnitz and Zwickau',
        place: 'Chemnitz',
        body: [
          exampleNoteEn,
          'The apprenticeship guides project reports positive results: 38 young people signed an apprenticeship contract in the first year.',
          'The umbrella association calls for permanent funding of the project and for extending it to further districts.',
        ],
      },
    },
  },
  {
    slug: 'beispiel-beteiligungsgesetz',
    releaseDate: '2026-06-20',
    contacts: ['presse@example.org'],
    relatedStories: ['beispiel-integrationsbeirat-goerlitz'],
    de: {
      title: 'Beispiel: Dachverband fordert verbindliche Beteiligung in allen Landkreisen',
      subtitle: 'Stellungnahme zum Entwurf des sächsischen Integrations- und Teilhabegesetzes',
      place: 'Dresden',
      body: [
        exampleNote,
        'Der Dachverband begrüßt, dass die Staatsregierung ein Teilhabegesetz vorlegt. Beteiligung darf aber nicht vom guten Willen einzelner Kommunen abhängen.',
        'Der Verband schlägt vor, in jedem Landkreis und jeder kreisfreien Stadt einen Integrationsbeirat mit Rede- und Antragsrecht verbindlich vorzusehen.',
      ],
    },
  },
  {
    slug: 'beispiel-foerderprogramm-vereine',
    releaseDate: '2026-05-31',
    contacts: ['regional@example.org'],
    relatedStories: ['beispiel-foerdermittelwerkstatt-dresden'],
    image: {
      name: 'foerderprogramm',
      hue: 60,
      shapes: 'grid',
      alt: {
        de: 'Illustration: ein Raster aus gelben Quadraten mit einem hervorgehobenen Feld',
        en: 'Illustration: a grid of yellow squares with one highlighted square',
      },
    },
    de: {
      title: 'Beispiel: Neun von zwölf Vereinen erhalten Fördermittel',
      subtitle: 'Fördermittelwerkstatt des Dachverbands zeigt Wirkung',
      place: 'Dresden',
      body: [
        exampleNote,
        'Kleine Migrant*innenorganisationen scheitern oft nicht an Ideen, sondern an Formularen. Die Fördermittelwerkstatt hat zwölf Vereine beim ersten Antrag begleitet.',
        'Neun Anträge wurden bewilligt. Der Verband bietet die Werkstatt im kommenden Jahr auch in Leipzig und Chemnitz an.',
      ],
    },
  },
  {
    slug: 'beispiel-jahresbericht-teilhabe',
    releaseDate: '2026-12-10',
    embargoDaysAfterSeeding: 14,
    contacts: ['presse@example.org'],
    relatedStories: [],
    // Private until the embargo ends, like the release: the demo of embargoed material.
    image: {
      name: 'teilhabebericht',
      hue: 150,
      shapes: 'bars',
      alt: {
        de: 'Illustration: grüne Balken unterschiedlicher Höhe, wie in einem Diagramm',
        en: 'Illustration: green bars of different heights, as in a chart',
      },
    },
    de: {
      title: 'Beispiel: Teilhabebericht 2026 – wo Sachsen vorankommt und wo nicht',
      subtitle: 'Sperrfrist: Der Bericht wird erst mit Ablauf der Sperrfrist veröffentlicht',
      place: 'Leipzig',
      body: [
        exampleNote,
        'Der Dachverband legt seinen ersten Teilhabebericht vor. Er zeigt, in welchen Landkreisen Migrant*innenorganisationen an Entscheidungen beteiligt werden.',
        'Bis zum Ende der Sperrfrist erscheint diese Mitteilung weder auf der Website noch in Feeds, Suche oder Sitemap.',
      ],
    },
  },
]
