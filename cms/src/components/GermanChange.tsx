import { plainText } from '@verband/content-types'
import { diffWords } from 'diff'

import type { TranslationText } from './translationText.ts'

/**
 * A German segment's change as one text: removed words struck through, added ones marked,
 * each with a hidden "German before/now" for screen readers (del and ins alone are not
 * announced by all of them). A new segment is all added.
 */
export function GermanChange({ before, after, t }: { before: string | undefined; after: string; t: TranslationText }) {
  const parts = diffWords(before === undefined ? '' : plainText(before), plainText(after))
  return (
    <>
      {parts.map((part, index) =>
        part.removed ? (
          <del key={index}>
            <span className="visually-hidden">{t.germanBefore}: </span>
            {part.value}
          </del>
        ) : part.added ? (
          <ins key={index}>
            <span className="visually-hidden">{t.germanNow}: </span>
            {part.value}
          </ins>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </>
  )
}
