import { describe, expect, it } from 'vitest'

import {
  leichteSpracheHints,
  leichteSpracheRules,
  plainTextOfRichText,
  sentences,
  type LeichteSpracheRule,
} from '../src/translation/leichteSprache.ts'

function rulesOf(text: string): LeichteSpracheRule[] {
  return leichteSpracheHints(text).map((hint) => hint.rule)
}

function matchesOf(text: string, rule: LeichteSpracheRule): string[] {
  return leichteSpracheHints(text)
    .filter((hint) => hint.rule === rule)
    .map((hint) => hint.match)
}

describe('sentences', () => {
  it('end at full stops, exclamation and question marks, colons and line breaks', () => {
    expect(sentences('Komm her! Wo bist du? Das brauchen Sie: einen Ausweis.\nOhne Punkt\r\nNoch ein Satz.')).toEqual([
      'Komm her!',
      'Wo bist du?',
      'Das brauchen Sie:',
      'einen Ausweis.',
      'Ohne Punkt',
      'Noch ein Satz.',
    ])
  })

  it('do not end at abbreviations, initials, decimals or dates', () => {
    expect(sentences('Wir feiern am 1. Mai. Es gibt z.B. Kuchen und z. B. Tee. Das kostet 3.5 Euro bei A. Müller.')).toEqual([
      'Wir feiern am 1. Mai.',
      'Es gibt z.B. Kuchen und z. B. Tee.',
      'Das kostet 3.5 Euro bei A. Müller.',
    ])
    expect(sentences('Wir wohnen in der Str. Nr. 5 im Haus.')).toEqual(['Wir wohnen in der Str. Nr. 5 im Haus.'])
  })

  it('end after a year and after an abbreviation at the end of a line', () => {
    expect(sentences('Das war 2024. Dann kam der Sommer.')).toEqual(['Das war 2024.', 'Dann kam der Sommer.'])
    expect(sentences('Wir haben Äpfel, Birnen usw.\nDas ist gut.')).toEqual(['Wir haben Äpfel, Birnen usw.', 'Das ist gut.'])
  })

  it('keep closing quotes with their sentence and drop empty ones', () => {
    expect(sentences('Er sagt: „Komm!“ Dann geht er.')).toEqual(['Er sagt:', '„Komm!“', 'Dann geht er.'])
    expect(sentences('  \n\n … ')).toEqual([])
  })
})

describe('leichteSpracheHints', () => {
  it('give nothing for a simple sentence', () => {
    expect(leichteSpracheHints('Das ist ein Haus.')).toEqual([])
  })

  it('say which rule, sentence and words a hint is about', () => {
    expect(leichteSpracheHints('Das ist ein Haus. Die Bundestagswahl ist im Herbst.')).toEqual([
      {
        rule: 'longCompound',
        sentence: 'Die Bundestagswahl ist im Herbst.',
        match: 'Bundestagswahl',
        message: 'Langes Wort „Bundestagswahl“: Trennen Sie es mit Mediopunkt, zum Beispiel Bundes·tag.',
      },
    ])
  })

  describe('longSentence', () => {
    const sixteen = 'Am Montag gehen wir mit den Kindern in den großen Park und essen dort ein Eis.'
    const fifteen = 'Am Montag gehen wir mit den Kindern in den Park und essen dort ein Eis.'

    it('flags a sentence of 16 words', () => {
      expect(leichteSpracheHints(sixteen)).toEqual([
        { rule: 'longSentence', sentence: sixteen, match: sixteen, message: 'Satz mit 16 Wörtern: höchstens 15.' },
      ])
    })

    it('accepts a sentence of 15 words', () => {
      expect(rulesOf(fifteen)).toEqual([])
    })
  })

  describe('subordinateClause', () => {
    it('flags a conjunction or relative pronoun after a comma', () => {
      expect(matchesOf('Ich bleibe zu Hause, weil ich krank bin.', 'subordinateClause')).toEqual(['weil'])
      expect(matchesOf('Der Mann, der dort steht, ist mein Vater.', 'subordinateClause')).toEqual(['der'])
      expect(matchesOf('Ich weiß nicht, was ich machen soll.', 'subordinateClause')).toEqual(['was'])
    })

    it('flags a conjunction at the start of a sentence with a comma', () => {
      expect(matchesOf('Wenn es regnet, bleibe ich zu Hause.', 'subordinateClause')).toEqual(['Wenn'])
    })

    it('accepts 2 sentences, lists and articles after a comma', () => {
      expect(rulesOf('Ich bleibe zu Hause. Ich bin krank.')).toEqual([])
      expect(rulesOf('Ich kaufe Brot, die Milch und Käse.')).toEqual([])
      expect(rulesOf('Es gibt Obst, wie zum Beispiel Äpfel.')).toEqual([])
    })
  })

  describe('longCompound', () => {
    it('flags a long word that is not split, at the start of a sentence too', () => {
      expect(matchesOf('Die Bundestagswahl ist im Herbst.', 'longCompound')).toEqual(['Bundestagswahl'])
      expect(matchesOf('Bundestagswahlen sind wichtig.', 'longCompound')).toEqual(['Bundestagswahlen'])
      expect(matchesOf('Das Bundestagswahl-Ergebnis ist da.', 'longCompound')).toEqual(['Bundestagswahl-Ergebnis'])
    })

    it('accepts words split with a middle dot or hyphen, and long words in small letters', () => {
      expect(rulesOf('Der Bundes·tag trifft sich.')).toEqual([])
      expect(rulesOf('Die Bundes·tags·wahl ist im Herbst.')).toEqual([])
      expect(rulesOf('Die Bundes-Tags-Wahl ist im Herbst.')).toEqual([])
      expect(rulesOf('Das ist selbstverständlich.')).toEqual([])
    })
  })

  describe('abbreviation', () => {
    it('flags abbreviations with dots and acronyms, in order', () => {
      expect(matchesOf('Wir helfen z.B. beim Umzug.', 'abbreviation')).toEqual(['z.B.'])
      expect(matchesOf('Das kostet ca. 5 Euro, d. h. nicht viel.', 'abbreviation')).toEqual(['ca.', 'd. h.'])
      expect(matchesOf('Der DGB, die EU usw. helfen.', 'abbreviation')).toEqual(['DGB', 'EU', 'usw.'])
    })

    it('accepts words written out and single capital letters', () => {
      expect(rulesOf('Die Europäische Union hilft.')).toEqual([])
      expect(rulesOf('Das A ist ein Buchstabe.')).toEqual([])
    })
  })

  describe('numberAsWord', () => {
    it('flags cardinal and ordinal numbers written as words', () => {
      expect(matchesOf('Ich habe zwei Kinder und zwölf Katzen.', 'numberAsWord')).toEqual(['zwei', 'zwölf'])
      expect(matchesOf('Er ist einundzwanzig.', 'numberAsWord')).toEqual(['einundzwanzig'])
      expect(matchesOf('Das ist die dritte Tür im zwanzigsten Haus.', 'numberAsWord')).toEqual(['dritte', 'zwanzigsten'])
    })

    it('accepts articles and words that only look like numbers', () => {
      expect(rulesOf('Ein Mann kommt.')).toEqual([])
      expect(rulesOf('Ein Mann und eine Frau haben einen Hund.')).toEqual([])
      expect(rulesOf('Wir achten auf die Kinder.')).toEqual([])
      expect(rulesOf('Das Mehl ist im Sieb.')).toEqual([])
    })
  })

  describe('passive', () => {
    it('flags a form of werden with a past participle', () => {
      expect(matchesOf('Das Essen wird gekocht.', 'passive')).toEqual(['wird … gekocht'])
      expect(matchesOf('Die Kinder werden abgeholt.', 'passive')).toEqual(['werden … abgeholt'])
      expect(matchesOf('Die Miete muss bezahlt werden.', 'passive')).toEqual(['bezahlt … werden'])
      expect(matchesOf('Das Haus wurde renoviert.', 'passive')).toEqual(['wurde … renoviert'])
    })

    it('accepts werden without a participle, and participles without werden', () => {
      expect(rulesOf('Es wird kalt.')).toEqual([])
      expect(rulesOf('Es ist kalt geworden.')).toEqual([])
      expect(rulesOf('Ich habe gekocht.')).toEqual([])
      expect(rulesOf('Das wird bestimmt gut.')).toEqual([])
      expect(rulesOf('Wir werden einen gemeinsamen Ausflug machen.')).toEqual([])
    })
  })

  describe('genitive', () => {
    it('flags genitive articles before a noun or adjective', () => {
      expect(matchesOf('Das Auto des Mannes ist rot.', 'genitive')).toEqual(['des Mannes'])
      expect(matchesOf('Eines Tages kam er.', 'genitive')).toEqual(['Eines Tages'])
      expect(matchesOf('Wir feiern trotz eines großen Regens.', 'genitive')).toEqual(['eines großen'])
    })

    it('accepts von with the dative, and eines as a pronoun', () => {
      expect(rulesOf('Das Auto von dem Mann ist rot.')).toEqual([])
      expect(rulesOf('Eines ist sicher.')).toEqual([])
    })
  })

  describe('doubleNegation', () => {
    it('flags 2 negations in one sentence', () => {
      expect(matchesOf('Ich habe nicht keine Zeit.', 'doubleNegation')).toEqual(['nicht … keine'])
      expect(matchesOf('Ohne Geld geht es nicht.', 'doubleNegation')).toEqual(['Ohne … nicht'])
    })

    it('accepts one negation per sentence', () => {
      expect(rulesOf('Ich komme nicht. Ich habe keine Zeit.')).toEqual([])
      expect(rulesOf('Ich mag weder Äpfel noch Birnen.')).toEqual([])
    })
  })
})

describe('leichteSpracheRules', () => {
  it('list every rule once', () => {
    expect(leichteSpracheRules.map((r) => r.rule)).toEqual([
      'longSentence',
      'subordinateClause',
      'longCompound',
      'abbreviation',
      'numberAsWord',
      'passive',
      'genitive',
      'doubleNegation',
    ])
  })
})

describe('plainTextOfRichText', () => {
  const document = {
    root: {
      type: 'root',
      children: [
        { type: 'heading', tag: 'h2', children: [{ type: 'text', text: 'Unser Fest' }] },
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: 'Wir feiern ' },
            { type: 'text', text: 'im Garten', format: 1 },
            { type: 'linebreak' },
            { type: 'text', text: 'mit Musik.' },
          ],
        },
        {
          type: 'list',
          listType: 'bullet',
          children: [
            { type: 'listitem', children: [{ type: 'text', text: 'Kuchen' }] },
            { type: 'listitem', children: [{ type: 'link', fields: { url: 'https://example.org' }, children: [{ type: 'text', text: 'Tee' }] }] },
          ],
        },
      ],
    },
  }

  it('puts each block on a line of its own', () => {
    expect(plainTextOfRichText(document)).toBe('Unser Fest\nWir feiern im Garten mit Musik.\nKuchen\nTee\n')
    expect(sentences(plainTextOfRichText(document))).toEqual(['Unser Fest', 'Wir feiern im Garten mit Musik.', 'Kuchen', 'Tee'])
  })

  it('returns an empty string for anything that is not rich text', () => {
    for (const value of [null, undefined, 'Text', 42, {}, { root: null }, { root: { children: 'x' } }]) {
      expect(plainTextOfRichText(value)).toBe('')
    }
  })
})
