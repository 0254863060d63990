import type { LeitbildContent } from './types.ts'

/**
 * The Leitbild as adopted on 3 May 2025 in Dresden, verbatim. Do not edit this text:
 * it is the association's decision, and the tests compare the seeded documents to it.
 */
export const leitbildDe: LeitbildContent = {
  adoptedBy: 'Mitgliederversammlung',
  adoptedIn: 'Dresden',
  visionLead: 'Wir gestalten ein Sachsen, das durch Vielfalt, Chancengleichheit und echte Teilhabe geprägt ist.',
  vision: [
    'Migrant*innenorganisationen sind hier unverzichtbare Partnerinnen, die gesellschaftliche, wirtschaftliche und politische Prozesse aktiv und sichtbar mitgestalten. Sie nehmen eine Vorbildrolle in einer offenen und inklusiven Gesellschaft ein.',
    'Wir streben eine demokratische und solidarische Gesellschaft an, in der alle Menschen – unabhängig ihrer Herkunft und ihrer sozialen, kulturellen oder persönlichen Identitäten – ein harmonisches Miteinander erleben und aktiv an einer integrativen Erinnerungskultur mitwirken.',
    'Wir stärken die Position und Wirkung von Migrant*innenorganisationen in Sachsen. Als Sprachrohr ihrer Anliegen ist der Verband ein Ort des Zusammenhalts und der solidarischen Unterstützung – und zugleich ein Raum für die aktive Gestaltung gesellschaftlicher Entwicklungen. Wir fördern die Sichtbarkeit und Relevanz unserer Mitglieder, entwickeln nachhaltige Strukturen und ermöglichen echte Partizipation auf allen Ebenen. Unsere Aufgabe ist es, die Bedingungen für Migrant*innenorganisationen zu verbessern und gemeinsam eine weltoffene, gerechte und inklusive Gesellschaft zu gestalten.',
  ],
  values: [
    { title: 'Solidarität', text: 'Wir stehen für gegenseitige Unterstützung und fördern eine Kultur des Miteinanders.' },
    { title: 'Vielfalt', text: 'Wir schätzen und repräsentieren die Diversität unserer Mitglieder und der Gesellschaft.' },
    { title: 'Unabhängigkeit', text: 'Wir agieren überparteilich und sind den demokratischen Grundwerten verpflichtet.' },
    { title: 'Gerechtigkeit', text: 'Wir setzen uns für gleiche Chancen und faire Zugänge ein.' },
    { title: 'Gemeinwohlorientierung', text: 'Unser Handeln zielt darauf ab, das Wohlergehen aller Menschen in Sachsen zu fördern.' },
    { title: 'Nachhaltigkeit', text: 'Wir regen langfristige Lösungen sowie streben stabile Strukturen für unsere Mitglieder an.' },
  ],
  goals: [
    {
      title: 'Anerkennung',
      text: 'Migrant*innenorganisationen werden als kompetente Partnerinnen in Politik, Wirtschaft und Gesellschaft wahrgenommen und aktiv in Entscheidungsprozesse eingebunden.',
    },
    {
      title: 'Stärkung der Mitglieder',
      text: 'Wir unterstützen unsere Organisationen mit Ressourcen, Beratung und Weiterbildung, um ihre Arbeit professionell und wirksam zu gestalten.',
    },
    {
      title: 'Förderung echter Partizipation',
      text: 'Wir setzen uns für gesetzliche Regelungen und konkrete Beteiligungsmechanismen ein, die eine gleichberechtigte Mitgestaltung ermöglichen.',
    },
    {
      title: 'Nachhaltige Finanzierung',
      // Verbatim: the adopted text ends without a full stop.
      text: 'Wir helfen Migrant*innenorganisationen, sich finanziell unabhängig aufzustellen, und fördern den Zugang zu Fördermitteln und Ressourcen',
    },
    {
      title: 'Öffentlichkeitsarbeit',
      text: 'Wir machen die Bedarfe, die Leistungen und die Erfolge der Migrant*innenorganisationen sichtbar und stärken das Bewusstsein für ihre zentrale Rolle in der Gesellschaft.',
    },
  ],
  workingPrinciples: [
    { title: 'Vernetzung', text: 'Wir fördern den Austausch und die Zusammenarbeit zwischen Migrant*innenorganisationen und anderen Akteur*innen.' },
    {
      title: 'Schutz und Unterstützung',
      text: 'Wir stehen als verlässlicher Partner schützend vor unseren Mitgliedern und bieten konkrete Hilfe bei Herausforderungen.',
    },
    {
      title: 'Wissenschaftlich fundiert',
      text: 'Unsere Arbeit basiert auf empirischen Daten und wissenschaftlichen Erkenntnissen, um nachhaltige und wirksame Lösungen zu entwickeln.',
    },
    { title: 'Regionale Verankerung', text: 'Wir stärken lokale Strukturen und kommunale Bündnisse.' },
    {
      title: 'Transparenz und Verbindlichkeit',
      text: 'Wir kommunizieren klar, handeln nachvollziehbar und orientieren uns an konkreten Zielen.',
    },
    {
      title: 'Unabhängigkeit und Überparteilichkeit',
      text: 'Wir vertreten unsere Anliegen frei von parteipolitischen Interessen und fokussieren uns auf demokratische Zusammenarbeit.',
    },
  ],
  partnerGroupsIntro: 'Wir arbeiten zusammen mit:',
  partnerGroups: [
    {
      title: 'Politik und Verwaltung',
      text: 'auf kommunaler, Landes- und Bundesebene, um rechtliche Rahmenbedingungen und Beteiligungsmöglichkeiten zu verbessern.',
    },
    { title: 'Wirtschaft und Stiftungen', text: 'zur Förderung nachhaltiger Projekte und neuer Finanzierungsmöglichkeiten.' },
    { title: 'Bildung und Wissenschaft', text: 'für die Demokratiebildung, evidenzbasierte Strategien und den Wissenstransfer.' },
    {
      title: 'Medien',
      text: 'um Erfolge und Anliegen der Migrant*innenorganisationen sichtbar zu machen und Vorurteile abzubauen.',
    },
    {
      title: 'Zivilgesellschaft und anderen Verbänden',
      text: 'für eine starke und solidarische Zusammenarbeit, die über Sachsen hinaus wirkt.',
    },
  ],
  longTermPicture:
    'Der Verband ist eine zentrale Anlaufstelle und ein verlässlicher Partner für Migrant*innenorganisationen in Sachsen. Unsere Mitglieder sind finanziell stabil, professionell aufgestellt und gesellschaftlich anerkannt.',
}
