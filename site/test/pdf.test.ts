import { describe, expect, it } from 'vitest'

import { covers } from '../src/downloads/pdf/fonts.ts'
import { isolated, visualRuns } from '../src/downloads/pdf/PdfWriter.ts'

/** The PDFs' line layout: Unicode bidi order and font fallback, without drawing. */

const drawn = (line: string, dir: 'ltr' | 'rtl') => visualRuns(line, dir).map((run) => run.text.trim()).filter(Boolean)

describe('PDF line layout', () => {
  it('draws an Arabic line right to left: its first word rightmost', () => {
    const runs = drawn('مثال: اتحاد الجمعيات', 'rtl')
    expect(runs.at(-1)).toBe('مثال')
    expect(runs[0]).toBe('اتحاد الجمعيات')
  })

  it('keeps numbers and Latin names left to right inside an Arabic line', () => {
    const runs = visualRuns('اعتمدت في 3 مايو 2025 بيان (Leitbild)', 'rtl')
    expect(runs.filter((run) => !run.rightToLeft).map((run) => run.text.trim())).toEqual(['Leitbild', '2025', '3'])
  })

  it('keeps an isolated phone number in its order in a right-to-left line', () => {
    const runs = drawn(`الهاتف: ${isolated('+49 351 000 000 10')}`, 'rtl')
    expect(runs.join(' ')).toContain('+49 351 000 000 10')
  })

  it('draws every character from a font that has it: German, Cyrillic, Vietnamese and Arabic in one line', () => {
    const line = 'Straße „Zitat“ – Пример Việt Nam دريسدن 2025'
    const runs = visualRuns(line, 'ltr')
    for (const run of runs) expect(covers(run.face, run.text), `${run.text} in ${run.face.name}`).toBe(true)
    // Nothing lost or doubled (the order is the bidi algorithm's: "دريسدن 2025" reads right to left).
    expect([...runs.map((run) => run.text).join('')].sort()).toEqual([...line].sort())
  })
})
