/**
 * Hints for texts in Leichte Sprache (easy-to-read German), after the rules of the Netzwerk
 * Leichte Sprache and Inclusion Europe. Only what a program can see is checked, and only as
 * hints, never as errors: a person who knows Leichte Sprache, and a reader from the target
 * group, still check the text. Where a pattern is ambiguous the rules rather miss a case than
 * flag good text.
 */

export type LeichteSpracheRule =
  | 'longSentence'
  | 'subordinateClause'
  | 'longCompound'
  | 'abbreviation'
  | 'numberAsWord'
  | 'passive'
  | 'genitive'
  | 'doubleNegation'

export type LeichteSpracheHint = {
  rule: LeichteSpracheRule
  /** The sentence the hint is about, as written. */
  sentence: string
  /** The words or passage that triggered it, e.g. "Bundestagswahl", "z.B.", "wird … gemacht". */
  match: string
  /** A short explanation for the editor in German, e.g. "Satz mit 18 Wörtern: höchstens 15." */
  message: string
}

/** The rules, in the order hints are given for a sentence (their names in the admin's text files). */
export const leichteSpracheRules: ReadonlyArray<{ rule: LeichteSpracheRule }> = [
  { rule: 'longSentence' },
  { rule: 'subordinateClause' },
  { rule: 'longCompound' },
  { rule: 'abbreviation' },
  { rule: 'numberAsWord' },
  { rule: 'passive' },
  { rule: 'genitive' },
  { rule: 'doubleNegation' },
]

/** A word: letters and digits, joined by hyphens, middle dots, dots (z.B, 3.5) or apostrophes (geht’s). */
const WORD = /[\p{L}\p{N}]+(?:[-·.'’][\p{L}\p{N}]+)*/gu

function wordsOf(sentence: string): string[] {
  return sentence.match(WORD) ?? []
}

/**
 * Abbreviations that are written with dots, in their spaced form; each space may also be left out
 * (z. B. and z.B.). Letters, dots and spaces only. Matched regardless of case (Z. B. at a sentence start).
 */
const ABBREVIATIONS = [
  'z. B.', 'd. h.', 'u. a.', 'o. Ä.', 'u. Ä.', 'e. V.', 's. o.', 's. u.', 'v. a.', 'i. d. R.', 'u. v. m.',
  'usw.', 'bzw.', 'ca.', 'etc.', 'Nr.', 'ggf.', 'vgl.', 'evtl.', 'inkl.', 'zzgl.', 'bzgl.', 'Tel.', 'Str.', 'Dr.', 'Prof.', 'Mio.', 'Mrd.', 'Abs.',
]
const ABBREVIATION_SOURCE = `(?<![\\p{L}\\p{N}])(?:${ABBREVIATIONS.map((a) => a.replaceAll('.', '\\.').replaceAll(' ', '\\s?')).join('|')})`
const ABBREVIATION = new RegExp(ABBREVIATION_SOURCE, 'giu')
/** A word in capitals only, 2 to 5 letters: an acronym (EU, DGB) or a word in capitals, which is just as hard to read. */
const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}{2,5}(?![\p{L}\p{N}])/gu

// ---------------------------------------------------------------------------------------------
// Sentences

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/
/** End punctuation, with closing quotes or brackets, followed by a space or the end of the line. */
const SENTENCE_END = /[.!?:]+["'’“”„»«)\]]*(?=\s|$)/gu
/**
 * Text ending in a dot that does not end the sentence when more text follows on the line: an
 * abbreviation, an initial or single letter (A. Müller) or a number of up to 2 digits, which is
 * a day or an ordinal (1. Mai, der 3. Platz). A longer number, such as a year, ends the sentence.
 */
const OPEN_DOT = new RegExp(`(?:${ABBREVIATION_SOURCE}|(?<![\\p{L}\\p{N}])(?:\\p{L}|\\p{N}{1,2})\\.)$`, 'iu')
const HAS_WORD = /[\p{L}\p{N}]/u

function sentencesOfLine(line: string): string[] {
  const result: string[] = []
  let start = 0
  for (const end of line.matchAll(SENTENCE_END)) {
    const stop = end.index + end[0].length
    const continues = end[0] === '.' && line.slice(stop).trim() !== '' && OPEN_DOT.test(line.slice(start, stop))
    if (continues) continue
    result.push(line.slice(start, stop).trim())
    start = stop
  }
  result.push(line.slice(start).trim())
  return result
}

/**
 * Splits a text into sentences (., !, ?, :, and line breaks end sentences; abbreviations like
 * "z.B." and "Nr." and numbers like "3.5" or dates "1. Mai" must not split).
 */
export function sentences(text: string): string[] {
  return text
    .split(LINE_BREAK)
    .flatMap(sentencesOfLine)
    .filter((sentence) => HAS_WORD.test(sentence))
}

// ---------------------------------------------------------------------------------------------
// Rules: each takes one sentence and returns what it found.

type Finding = { match: string; message: string }

const MAX_WORDS = 15

/** "Schreiben Sie kurze Sätze": at most about 15 words in a sentence. */
function longSentence(sentence: string): Finding[] {
  const count = wordsOf(sentence).length
  return count > MAX_WORDS ? [{ match: sentence, message: `Satz mit ${count} Wörtern: höchstens ${MAX_WORDS}.` }] : []
}

/** Conjunctions that start a subordinate clause, after a comma or at the start of the sentence. */
const SUBORDINATING_CONJUNCTIONS = new Set([
  'dass', 'weil', 'wenn', 'obwohl', 'damit', 'ob', 'als', 'nachdem', 'bevor', 'während', 'sodass',
  'falls', 'sobald', 'solange', 'seitdem', 'indem', 'ehe', 'sofern',
])
/**
 * Words that start a clause after a comma only: question words (Ich weiß nicht, was …) and
 * relative pronouns that cannot be articles. Not "wie", which mostly starts an example (…, wie zum Beispiel).
 */
const CLAUSE_WORDS_AFTER_COMMA = new Set([
  'was', 'wer', 'wo', 'wann', 'warum', 'wieso', 'weshalb', 'wohin', 'woher',
  'dessen', 'deren', 'denen', 'welche', 'welcher', 'welches', 'welchem', 'welchen',
])
/**
 * Relative pronouns that are also articles: a relative pronoun when the next word is written in
 * small letters (…, der dort steht), an article before a noun (Brot, die Milch und Käse).
 */
const ARTICLE_RELATIVES = new Set(['der', 'die', 'das', 'dem', 'den'])
const WORD_AFTER_COMMA = /,\s*(\p{L}+)(?:\s+(\p{L}))?/gu
const SMALL_LETTER = /\p{Ll}/u

/** "Schreiben Sie nur eine Aussage in einen Satz": no subordinate or relative clauses. */
function subordinateClause(sentence: string): Finding[] {
  const found: string[] = []
  const first = wordsOf(sentence)[0]
  if (first && sentence.includes(',') && SUBORDINATING_CONJUNCTIONS.has(first.toLowerCase())) found.push(first)
  for (const [, word = '', nextLetter = ''] of sentence.matchAll(WORD_AFTER_COMMA)) {
    const lower = word.toLowerCase()
    const startsClause =
      SUBORDINATING_CONJUNCTIONS.has(lower) || CLAUSE_WORDS_AFTER_COMMA.has(lower) || (ARTICLE_RELATIVES.has(lower) && SMALL_LETTER.test(nextLetter))
    if (startsClause) found.push(word)
  }
  return found.map((word) => ({ match: word, message: `Nebensatz mit „${word}“: Schreiben Sie lieber 2 kurze Sätze.` }))
}

const MIN_COMPOUND_LETTERS = 13
const COMPOUND_JOINERS = /[-·.'’]/
const LETTERS_ONLY = /^\p{L}+$/u
const CAPITAL_FIRST = /^\p{Lu}/u

/**
 * "Trennen Sie lange Wörter": a long noun (capitalised, so any word at a sentence start too)
 * with a part of 13 letters or more that is not split with a middle dot (Bundes·tag) or a hyphen.
 */
function longCompound(sentence: string): Finding[] {
  return wordsOf(sentence)
    .filter((word) => CAPITAL_FIRST.test(word) && word.split(COMPOUND_JOINERS).some((part) => part.length >= MIN_COMPOUND_LETTERS && LETTERS_ONLY.test(part)))
    .map((word) => ({ match: word, message: `Langes Wort „${word}“: Trennen Sie es mit Mediopunkt, zum Beispiel Bundes·tag.` }))
}

/** "Vermeiden Sie Abkürzungen": abbreviations with dots and words in capitals (acronyms). */
function abbreviation(sentence: string): Finding[] {
  return [...sentence.matchAll(ABBREVIATION), ...sentence.matchAll(ACRONYM)]
    .sort((a, b) => a.index - b.index)
    .map(([found]) => ({ match: found, message: `Abkürzung „${found}“: Schreiben Sie das ganze Wort oder erklären Sie die Abkürzung.` }))
}

/** The words a cardinal number is made of (einundzwanzig = ein + und + zwanzig). */
const CARDINAL_PARTS = [
  'null', 'eins', 'ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf',
  'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn',
  'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig', 'hundert', 'tausend', 'und',
].join('|')
/** Ordinal stems (dritt-e, zwanzigst-en). Not "acht-", whose forms are those of the verb "achten". */
const ORDINAL_STEMS = [
  'zweit', 'dritt', 'viert', 'fünft', 'sechst', 'siebt', 'neunt', 'elft', 'zwölft', '(?:drei|vier|fünf|sech|sieb|acht|neun)?zehnt',
  '(?:zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|tausend)st',
].join('|')
const NUMBER_WORD = new RegExp(`^(?:${CARDINAL_PARTS})*(?:${CARDINAL_PARTS}|(?:${ORDINAL_STEMS})(?:e|er|es|em|en|ens))$`, 'iu')
/** "ein" is the article (and "und" the conjunction) far more often than the number. */
const NOT_NUMBERS = new Set(['ein', 'und'])

/** "Schreiben Sie Zahlen als Ziffern": 3, not drei; 3., not dritte. */
function numberAsWord(sentence: string): Finding[] {
  return wordsOf(sentence)
    .filter((word) => NUMBER_WORD.test(word) && !NOT_NUMBERS.has(word.toLowerCase()))
    .map((word) => ({ match: word, message: `Zahl als Wort „${word}“: Schreiben Sie die Zahl als Ziffer, zum Beispiel 3 statt drei.` }))
}

const WERDEN_FORMS = new Set(['werde', 'wirst', 'wird', 'werden', 'werdet', 'wurde', 'wurdest', 'wurden', 'wurdet', 'worden'])
/**
 * A past participle in small letters: ge…t / ge…en (with a separable prefix: abgeholt,
 * eingeladen), be-/ver-/er-/ent-/zer-/emp-…t (bezahlt), or …iert (repariert). Nouns such as
 * "Gesicht" are capitalised and so never match.
 */
const PARTICIPLE =
  /^(?:(?:ab|an|auf|aus|bei|ein|fest|her|hin|los|mit|nach|um|vor|weg|zu|zurück|zusammen)?ge\p{Ll}{2,}(?:t|en)|(?:be|emp|ent|er|ver|zer)\p{Ll}{3,}t|\p{Ll}{3,}iert)$/u
/** Words that look like participles but mostly are not one with "werden": "geworden" itself, and adjectives and adverbs. */
const NOT_PARTICIPLES = new Set(['geworden', 'bestimmt', 'bereit', 'bekannt', 'beliebt', 'berühmt', 'verrückt', 'gesamt', 'gerecht'])
/** A participle before a noun is an adjective (einen gemeinsamen Ausflug), not a passive. */
const BEFORE_NOUN = /^\s+\p{Lu}/u

/** "Schreiben Sie aktiv": a form of "werden" with a past participle (wird gekocht, muss bezahlt werden). */
function passive(sentence: string): Finding[] {
  const words = [...sentence.matchAll(WORD)]
  const werden = words.find(([word]) => WERDEN_FORMS.has(word.toLowerCase()))
  const participle = words.find(
    ({ 0: word, index }) => PARTICIPLE.test(word) && !NOT_PARTICIPLES.has(word) && !BEFORE_NOUN.test(sentence.slice(index + word.length)),
  )
  if (!werden || !participle) return []
  const [first, second] = werden.index < participle.index ? [werden[0], participle[0]] : [participle[0], werden[0]]
  return [{ match: `${first} … ${second}`, message: `Passiv „${first} … ${second}“: Schreiben Sie lieber, wer etwas tut.` }]
}

/**
 * Genitive articles with the next word. "des" is always genitive; the others are also pronouns
 * (Eines ist sicher), so they count only before a noun or an adjective in -en (eines großen Festes).
 */
const GENITIVE = /(?<![\p{L}\p{N}])(des|eines|keines|meines|deines|seines|ihres|unseres|eures)\s+(\p{L}+(?:[-·]\p{L}+)*)/giu
const ADJECTIVE_EN = /\p{Ll}en$/u

/** "Vermeiden Sie den Genitiv": das Auto von dem Mann, not das Auto des Mannes. */
function genitive(sentence: string): Finding[] {
  return [...sentence.matchAll(GENITIVE)]
    .filter(([, article = '', next = '']) => article.toLowerCase() === 'des' || CAPITAL_FIRST.test(next) || ADJECTIVE_EN.test(next))
    .map(([found]) => ({ match: found, message: `Genitiv „${found}“: Schreiben Sie lieber mit „von“, zum Beispiel „das Auto von dem Mann“.` }))
}

const NEGATIONS = new Set([
  'nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'niemand', 'niemanden', 'niemandem',
  'nichts', 'nirgends', 'nirgendwo', 'weder', 'ohne',
])

/** "Vermeiden Sie Verneinungen", above all several in one sentence (nicht keine, ohne … nicht). */
function doubleNegation(sentence: string): Finding[] {
  const negations = wordsOf(sentence).filter((word) => NEGATIONS.has(word.toLowerCase()))
  if (negations.length < 2) return []
  const match = negations.join(' … ')
  return [{ match, message: `${negations.length} Verneinungen in einem Satz („${match}“): Sagen Sie es lieber positiv.` }]
}

const checks: Record<LeichteSpracheRule, (sentence: string) => Finding[]> = {
  longSentence,
  subordinateClause,
  longCompound,
  abbreviation,
  numberAsWord,
  passive,
  genitive,
  doubleNegation,
}

/** All hints for a text (plain text; one field's value). */
export function leichteSpracheHints(text: string): LeichteSpracheHint[] {
  return sentences(text).flatMap((sentence) =>
    leichteSpracheRules.flatMap(({ rule }) => checks[rule](sentence).map((finding) => ({ rule, sentence, ...finding }))),
  )
}

// ---------------------------------------------------------------------------------------------
// Rich text

/** Blocks end with a line break, so a heading or list item without a full stop is a sentence of its own. */
const BLOCK_NODES = new Set(['paragraph', 'heading', 'listitem', 'quote'])
/**
 * A soft line break inside a block is a space: Leichte Sprache breaks long lines where the reader
 * pauses, in the middle of a sentence.
 */
const SPACE_NODES = new Set(['linebreak', 'tab'])

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function textOfNode(node: unknown): string {
  if (!isRecord(node)) return ''
  const type = typeof node.type === 'string' ? node.type : ''
  if (type === 'text') return typeof node.text === 'string' ? node.text : ''
  if (SPACE_NODES.has(type)) return ' '
  const children = Array.isArray(node.children) ? node.children.map(textOfNode).join('') : ''
  return BLOCK_NODES.has(type) ? `${children}\n` : children
}

/** All hints for a field's value: plain text, or Lexical rich text; nothing for anything else. */
export function leichteSpracheHintsOfValue(value: unknown): LeichteSpracheHint[] {
  const text = typeof value === 'string' ? value : plainTextOfRichText(value)
  return text ? leichteSpracheHints(text) : []
}

/** The text of a Lexical rich-text value (`{ root: { children: [...] } }`), one line per block; '' for anything else. */
export function plainTextOfRichText(value: unknown): string {
  return isRecord(value) ? textOfNode(value.root) : ''
}
