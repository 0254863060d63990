import type { LeitbildContent } from './types.ts'

/**
 * The Leitbild in Leichte Sprache (easy-to-read German), written from the adopted German text
 * by the rules of the Netzwerk Leichte Sprache and DIN SPEC 33429: short sentences with one
 * statement each, active voice, no genitive, no subjunctive, common words, every hard word
 * explained where it first appears, compound words split by a hyphen ("Migranten-Organisationen"),
 * numbers as digits. It is longer than the original on purpose.
 *
 * Not yet checked by readers of Leichte Sprache (a Prüfgruppe), which the rules ask for: listed
 * in `uncheckedTranslations` (translations.ts) until it is. The seed tests hold it to at most
 * 12 words a sentence.
 */
export const leitbildLeichteSprache: LeitbildContent = {
  // Shown as "Die {{body}} hat das beschlossen. Das war am {{date}} in {{place}}."
  adoptedBy: 'Mitglieder-Versammlung',
  adoptedIn: 'Dresden',
  visionLead:
    'Wir machen Sachsen zu einem Land für alle Menschen. In Sachsen leben viele verschiedene Menschen. Alle sollen die gleichen Chancen haben. Und alle sollen überall mit-machen können.',
  vision: [
    'Migranten sind Menschen aus einem anderen Land. Sie leben jetzt in Deutschland. Oder ihre Eltern kommen aus einem anderen Land. Viele Migranten gründen zusammen einen Verein oder eine Gruppe. Diese Vereine und Gruppen heißen: Migranten-Organisationen.',
    'Migranten-Organisationen sind sehr wichtig für Sachsen. Sie arbeiten bei vielen Dingen mit. Zum Beispiel beim Zusammen-Leben in Sachsen. Bei der Arbeit und in der Wirtschaft. Und in der Politik. Alle Menschen sollen diese Arbeit sehen.',
    'Migranten-Organisationen sind ein Vorbild. Das heißt: Andere können von ihnen lernen. Sie zeigen: So leben Menschen offen zusammen. Und alle Menschen gehören dazu.',
    'Wir wollen eine Gesellschaft mit Demokratie. Gesellschaft heißt: alle Menschen in einem Land. Demokratie heißt: Alle Menschen dürfen mit-bestimmen. In unserer Gesellschaft sollen sich die Menschen gegenseitig helfen. Alle Menschen sollen gut und friedlich zusammen-leben. Dabei ist egal: Woher kommt ein Mensch? Wie lebt ein Mensch? Was ist einem Menschen wichtig?',
    'Wir denken gemeinsam an die Vergangenheit. Das nennt man: Erinnerungs-Kultur. Dabei sollen alle Menschen mit-machen. Und die Geschichte von allen Menschen soll vorkommen. Auch die Geschichte von Migranten in Sachsen.',
    'Wir sind ein Dach-Verband. Ein Dach-Verband ist eine Gruppe von vielen Vereinen. In unserem Dach-Verband sind viele Migranten-Organisationen aus Sachsen. Sie sind unsere Mitglieder. Wir machen die Migranten-Organisationen in Sachsen stark. Wir sprechen für sie. Wir sagen allen: Das ist den Migranten-Organisationen wichtig.',
    'Bei uns halten alle zusammen. Wir helfen uns gegenseitig. Und wir verändern zusammen etwas in Sachsen.',
    'Alle sollen unsere Mitglieder sehen. Alle sollen wissen: Unsere Mitglieder sind wichtig. Wir bauen für unsere Mitglieder feste Strukturen auf. Das heißt: Die Arbeit ist gut geplant. Und die Arbeit geht lange weiter. Unsere Mitglieder sollen überall wirklich mit-bestimmen können. Das gilt für ihre Stadt, für Sachsen und für ganz Deutschland.',
    'Unsere Aufgabe ist: Migranten-Organisationen sollen es leichter haben. Und wir machen zusammen eine gute Gesellschaft. In dieser Gesellschaft sind Menschen aus der ganzen Welt willkommen. Alle Menschen haben die gleichen Rechte. Und alle Menschen gehören dazu.',
  ],
  values: [
    {
      title: 'Zusammen-halten',
      text: 'Wir helfen uns gegenseitig. Wir machen viele Dinge gemeinsam. Das schwere Wort dafür ist: Solidarität.',
    },
    {
      title: 'Vielfalt',
      text: 'Vielfalt heißt: Es gibt viele verschiedene Menschen. Unsere Mitglieder sind sehr verschieden. Auch die Menschen in Sachsen sind sehr verschieden. Das finden wir gut. Und wir zeigen diese Vielfalt.',
    },
    {
      title: 'Unabhängig sein',
      text: 'Unabhängig heißt: Wir entscheiden selbst. Wir gehören zu keiner Partei. Eine Partei ist eine Gruppe in der Politik. Wir halten uns an die Grund-Werte von der Demokratie. Zum Beispiel: Alle Menschen sind gleich viel wert. Und alle Menschen dürfen ihre Meinung sagen.',
    },
    {
      title: 'Gerechtigkeit',
      text: 'Alle Menschen sollen die gleichen Chancen haben. Und alle sollen auf faire Weise Hilfe und Angebote bekommen. Dafür setzen wir uns ein.',
    },
    {
      title: 'Gut für alle',
      text: 'Wir arbeiten für alle Menschen in Sachsen. Allen Menschen in Sachsen soll es gut gehen. Das nennt man auch: Gemein-Wohl.',
    },
    {
      title: 'Nachhaltig arbeiten',
      text: 'Nachhaltig heißt: Etwas hält lange. Wir suchen Lösungen für eine lange Zeit. Unsere Mitglieder brauchen eine feste Grundlage für ihre Arbeit. Dafür sorgen wir. Dann können sie auch in vielen Jahren noch gut arbeiten.',
    },
  ],
  goals: [
    {
      title: 'Anerkennung',
      text: 'Anerkennung heißt: Andere sehen die gute Arbeit. Migranten-Organisationen wissen viel und können viel. Das sollen alle sehen. Auch die Politik und die Wirtschaft. Wirtschaft heißt: Firmen und Betriebe. Migranten-Organisationen sollen bei wichtigen Entscheidungen mit-machen. Die anderen sollen sie dazu einladen.',
    },
    {
      title: 'Unsere Mitglieder stark machen',
      text: 'Wir helfen unseren Mitgliedern. Wir geben ihnen Material und Wissen. Wir beraten sie. Und wir machen Kurse für sie. So können unsere Mitglieder gut arbeiten. Und sie können viel erreichen.',
    },
    {
      title: 'Richtig mit-bestimmen',
      text: 'Partizipation heißt: mit-bestimmen. Migranten-Organisationen sollen richtig mit-bestimmen können. Dafür braucht es Gesetze. Gesetze sind Regeln für alle in einem Land. Und es braucht feste Wege zum Mit-machen. Dafür setzen wir uns ein. Dann können alle mit gleichen Rechten mit-machen.',
    },
    {
      title: 'Genug Geld für die Arbeit',
      text: 'Migranten-Organisationen brauchen Geld für ihre Arbeit. Sie sollen nicht von anderen abhängig sein. Dabei helfen wir ihnen. Es gibt auch Förder-Geld. Das ist Geld für gute Projekte. Zum Beispiel vom Land Sachsen oder von Stiftungen. Wir zeigen den Migranten-Organisationen: So bekommen sie Förder-Geld. Und so bekommen sie andere Hilfe für ihre Arbeit.',
    },
    {
      title: 'Öffentlichkeits-Arbeit',
      text: 'Öffentlichkeits-Arbeit heißt: Wir erzählen vielen Menschen von unserer Arbeit. Zum Beispiel in der Zeitung oder im Internet. Wir zeigen: Das brauchen die Migranten-Organisationen. Das machen sie. Und das haben sie schon geschafft. Alle sollen wissen: Migranten-Organisationen sind sehr wichtig für die Gesellschaft.',
    },
  ],
  workingPrinciples: [
    {
      title: 'Menschen zusammen-bringen',
      text: 'Wir bringen Migranten-Organisationen und andere Gruppen zusammen. Sie lernen sich kennen. Sie reden miteinander. Und sie arbeiten zusammen. Das nennt man: Vernetzung.',
    },
    {
      title: 'Schutz und Hilfe',
      text: 'Unsere Mitglieder können sich auf uns verlassen. Wir schützen unsere Mitglieder. Manchmal haben Mitglieder Probleme. Dann helfen wir ihnen direkt.',
    },
    {
      title: 'Mit Wissen arbeiten',
      text: 'Wir arbeiten mit Zahlen und mit Wissen aus der Forschung. Forschung heißt: Fach-Leute untersuchen etwas ganz genau. So finden wir gute Lösungen. Diese Lösungen helfen wirklich. Und sie halten lange.',
    },
    {
      title: 'Vor Ort arbeiten',
      text: 'Wir arbeiten in den Städten und Dörfern von Sachsen. Dort machen wir die Gruppen vor Ort stark. Wir helfen auch bei Bündnissen in den Gemeinden. Bündnis heißt: Gruppen arbeiten für ein Ziel zusammen.',
    },
    {
      title: 'Offen und verlässlich',
      text: 'Wir sprechen klar und deutlich. Alle können verstehen: Was machen wir? Und warum machen wir das? Das nennt man: Transparenz. Wir haben klare Ziele. Nach diesen Zielen richten wir unsere Arbeit. Man kann sich auf uns verlassen.',
    },
    {
      title: 'Unabhängig von Parteien',
      text: 'Wir sprechen für unsere Mitglieder. Dabei hören wir auf keine Partei. Eine Partei ist eine Gruppe in der Politik. Wir arbeiten demokratisch mit anderen zusammen. Das heißt: Alle dürfen mit-reden. Und alle halten sich an die Regeln.',
    },
  ],
  partnerGroupsIntro: 'Mit diesen Gruppen arbeiten wir zusammen:',
  partnerGroups: [
    {
      title: 'Politik und Ämter',
      text: 'Wir arbeiten mit der Politik und mit den Ämtern zusammen. Das machen wir in den Städten und im Land Sachsen. Und auch in ganz Deutschland. Zusammen machen wir die Gesetze und Regeln besser. Dann können Migranten besser mit-bestimmen.',
    },
    {
      title: 'Firmen und Stiftungen',
      text: 'Eine Stiftung gibt Geld für gute Zwecke. Mit Firmen und Stiftungen unterstützen wir gute Projekte. Die Projekte sollen lange wirken. Und wir finden zusammen neue Wege zu Geld für die Arbeit.',
    },
    {
      title: 'Bildung und Forschung',
      text: 'Zusammen zeigen wir Menschen: So funktioniert Demokratie. Wir planen unsere Arbeit mit Wissen aus der Forschung. Und wir geben Wissen weiter.',
    },
    {
      title: 'Medien',
      text: 'Medien sind zum Beispiel Zeitung, Radio, Fernsehen und Internet. Die Medien sollen zeigen: Das haben Migranten-Organisationen geschafft. Und das wünschen sie sich. So bauen wir Vor-Urteile ab. Vor-Urteil heißt: Man denkt schlecht über Menschen. Aber man kennt sie gar nicht.',
    },
    {
      title: 'Vereine und andere Verbände',
      text: 'Wir arbeiten mit vielen Vereinen und Gruppen zusammen. Dort machen Menschen freiwillig etwas für andere. Das nennt man: Zivil-Gesellschaft. Wir arbeiten auch mit anderen Verbänden zusammen. Wir halten zusammen und helfen uns. Diese Zusammen-Arbeit wirkt auch außerhalb von Sachsen.',
    },
  ],
  longTermPicture:
    'Migranten-Organisationen in Sachsen können mit allen Fragen zu uns kommen. Wir sind ein verlässlicher Partner für sie. Das heißt: Sie können sich immer auf uns verlassen. Unsere Mitglieder haben genug Geld für ihre Arbeit. Und das bleibt so. Sie arbeiten gut und richtig. Und alle Menschen in Sachsen wissen: Unsere Mitglieder machen wichtige Arbeit.',
}
