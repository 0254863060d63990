import { describe, expect, it } from 'vitest'

import { matchMemory, memoryAfterEdit } from '../src/translation/memory.ts'
import {
  decodeInline,
  editableTagged,
  fieldSegments,
  plainText,
  taggedFromEditable,
  taggedTextProblem,
  translatedFieldValue,
  type TranslationField,
} from '../src/translation/segments.ts'

const text = (value: string, format = 0) => ({ type: 'text', text: value, format, style: '', mode: 'normal', detail: 0, version: 1 })
const paragraph = (...children: object[]) => ({ type: 'paragraph', children })
const richText = (...children: object[]) => ({ root: { type: 'root', children } })

const body: TranslationField = { name: 'body', kind: 'richText', label: 'Text' }
const title: TranslationField = { name: 'title', kind: 'text', label: 'Titel', maxLength: 160 }
const link = { type: 'link', fields: { url: 'https://example.org/', linkType: 'custom', newTab: false }, children: [text('hier'), text(' fett', 1)] }

const story = richText(
  { type: 'heading', tag: 'h2', children: [text('Ankommen in Leipzig')] },
  paragraph(text('Das '), text('Leitbild', 1), text(' & mehr: '), link, { type: 'linebreak' }, text('Ende')),
  { type: 'list', listType: 'bullet', children: [{ type: 'listitem', value: 1, children: [text('Eins')] }, { type: 'listitem', value: 2, children: [text('Zwei')] }] },
  { type: 'horizontalrule' },
  paragraph(),
)

/** What the loopback providers do: mark every run of text, keep the tags. */
const mark = (tagged: string) => tagged.replace(/(^|>)([^<]+)/g, (_, start: string, run: string) => `${start}[ar] ${run}`)

describe('segments', () => {
  it('cuts rich text into headings, paragraphs and list items, with inline tags for marks, links and breaks', () => {
    expect(fieldSegments(body, story)).toEqual([
      { key: 'body#0', field: 'body', text: 'Ankommen in Leipzig' },
      { key: 'body#1', field: 'body', text: 'Das <g id="1">Leitbild</g> &amp; mehr: <g id="2">hier<g id="3"> fett</g></g><x id="4"/>Ende' },
      { key: 'body#2.0', field: 'body', text: 'Eins' },
      { key: 'body#2.1', field: 'body', text: 'Zwei' },
    ])
  })

  it('makes one segment of a short field, escaped, with its length limit', () => {
    expect(fieldSegments(title, 'A & B')).toEqual([{ key: 'title', field: 'title', text: 'A &amp; B', maxLength: 160 }])
    expect(fieldSegments(title, '  ')).toEqual([])
  })

  it('keys the fields of an array’s rows by the row’s id, and of a group by the group, so moved rows keep their translation', () => {
    const facts: TranslationField = { name: 'facts', kind: 'array', label: 'Faktenblatt', fields: [{ name: 'label', kind: 'text', label: 'Bezeichnung' }, body] }
    const german = [
      { id: 'r1', label: 'Gegründet', body: richText(paragraph(text('Im Jahr '), text('2015', 1))) },
      { id: 'r2', label: 'Mitglieder', body: null },
    ]
    expect(fieldSegments(facts, german)).toEqual([
      { key: 'facts.r1.label', field: 'facts', text: 'Gegründet' },
      { key: 'facts.r1.body#0', field: 'facts', text: 'Im Jahr <g id="1">2015</g>' },
      { key: 'facts.r2.label', field: 'facts', text: 'Mitglieder' },
    ])
    const translated = translatedFieldValue(facts, german, (segment) => mark(segment.text)) as Array<{ id: string; label: string; body: { root: { children: Array<{ children: Array<{ text: string; format: number }> }> } } | null }>
    expect(translated.map((row) => [row.id, row.label])).toEqual([['r1', '[ar] Gegründet'], ['r2', '[ar] Mitglieder']])
    expect(translated[0]!.body!.root.children[0]!.children.map((node) => [node.text, node.format])).toEqual([['[ar] Im Jahr ', 0], ['[ar] 2015', 1]])
    expect(taggedTextProblem('Im Jahr 2015', fieldSegments(facts, german)[1]!, { facts: german })).toEqual({ kind: 'missing', value: '1' })

    const address: TranslationField = { name: 'address', kind: 'group', label: 'Anschrift', fields: [{ name: 'city', kind: 'text', label: 'Ort' }] }
    expect(fieldSegments(address, { city: 'Dresden', postalCode: '01067' })).toEqual([{ key: 'address.city', field: 'address', text: 'Dresden' }])
    expect(translatedFieldValue(address, { city: 'Dresden', postalCode: '01067' }, () => 'درسدن')).toEqual({ city: 'درسدن', postalCode: '01067' })
  })

  it('puts translations back into the German structure, keeping formats and link targets', () => {
    const translated = translatedFieldValue(body, story, (segment) => mark(segment.text)) as ReturnType<typeof richText>
    const [heading, para, list, rule, empty] = translated.root.children as Array<{ type: string; children: Array<Record<string, unknown>> }>
    expect(heading!.children[0]!.text).toBe('[ar] Ankommen in Leipzig')
    expect(para!.children.map((node) => [node.type, node.text ?? null, node.format ?? null])).toEqual([
      ['text', '[ar] Das ', 0],
      ['text', '[ar] Leitbild', 1],
      ['text', '[ar]  & mehr: ', 0],
      ['link', null, null],
      ['linebreak', null, null],
      ['text', '[ar] Ende', 0],
    ])
    const translatedLink = para!.children[3] as typeof link
    expect(translatedLink.fields.url).toBe('https://example.org/')
    expect(translatedLink.children.map((node) => [node.text, node.format])).toEqual([['[ar] hier', 0], ['[ar]  fett', 1]])
    expect(list!.children.map((item) => (item as unknown as { children: Array<{ text: string }> }).children[0]!.text)).toEqual(['[ar] Eins', '[ar] Zwei'])
    expect(rule!.type).toBe('horizontalrule')
    expect(empty!.children).toEqual([])
    expect(translatedFieldValue(title, 'A & B', (segment) => mark(segment.text))).toBe('[ar] A & B')
  })

  it('accepts moved tags and refuses lost, doubled, unknown or broken ones', () => {
    const german = (story.root.children[1] as { children: object[] }).children as never
    expect(decodeInline('<x id="4"/><g id="2"><g id="3">b</g>a</g><g id="1">L</g>', german)).toHaveLength(3)
    expect(() => decodeInline('Das <g id="1">L</g>', german)).toThrow('missing: 2, 3, 4')
    expect(() => decodeInline('<g id="1">L</g><g id="1">L</g><g id="2"><g id="3">x</g></g><x id="4"/>', german)).toThrow('appears twice')
    expect(() => decodeInline('<g id="9">L</g>', german)).toThrow('does not exist')
    expect(() => decodeInline('<g id="1">L<g id="2">x</g></g>', german)).toThrow('inside formatted text')
    expect(() => decodeInline('<g id="1">L', german)).toThrow('not closed')
    expect(() => decodeInline('<b>L</b>', german)).toThrow('unknown or broken tag')
    const segment = fieldSegments(title, 'Titel')[0]!
    expect(taggedTextProblem('<g id="1">x</g>', segment, { title: 'Titel' })).toEqual({ kind: 'shortFieldWithTags' })
  })

  it('shows tagged text for editing with its tags and plain characters, and reads it back', () => {
    const tagged = 'A &amp; B &lt;3 <g id="1">hier</g><x id="2"/>'
    expect(editableTagged(tagged)).toBe('A & B <3 <g id="1">hier</g><x id="2"/>')
    expect(taggedFromEditable(editableTagged(tagged))).toBe(tagged)
    // What a person types that only looks like a tag is text.
    expect(taggedFromEditable('a <b>x</b> <g id="1">y</g>')).toBe('a &lt;b&gt;x&lt;/b&gt; <g id="1">y</g>')
  })

  it('gives text without tags for reading', () => {
    expect(plainText('Das <g id="1">Leitbild</g> &amp; mehr<x id="2"/>Ende')).toBe('Das Leitbild & mehr Ende')
  })
})

describe('translation memory', () => {
  const german = { title: 'Titel', body: story }
  const arabic = { title: '[ar] Titel', body: translatedFieldValue(body, story, (segment) => mark(segment.text)) }
  const memory = Object.fromEntries([...fieldSegments(title, 'Titel'), ...fieldSegments(body, story)].map((segment) => [segment.key, segment.text]))

  it('keeps every segment whose German is unchanged and names the changed one', () => {
    const changedStory = structuredClone(story)
    ;(changedStory.root.children[2] as { children: Array<{ children: object[] }> }).children[1]!.children = [text('Zwei, geändert')]
    const match = matchMemory([title, body], { title: 'Titel', body: changedStory }, arabic, memory)
    expect(match.changed).toEqual([{ key: 'body#2.1', field: 'body', before: 'Zwei', after: 'Zwei, geändert', current: '[ar] Zwei' }])
    expect(match.reused.get('title')).toBe('[ar] Titel')
    expect(match.reused.size).toBe(4)
  })

  it('finds a paragraph that moved by its German text', () => {
    const inserted = richText(paragraph(text('Neu am Anfang')), ...story.root.children)
    const match = matchMemory([body], { body: inserted }, arabic, memory)
    expect(match.changed.map((segment) => segment.after)).toEqual(['Neu am Anfang'])
    expect(match.reused.get('body#1')).toBe('[ar] Ankommen in Leipzig')
  })

  it('counts everything as changed without a memory', () => {
    expect(matchMemory([title, body], german, arabic, undefined).changed).toHaveLength(5)
  })

  it('after a person edits one segment, only that segment follows the new German', () => {
    const newGerman = { title: 'Neuer Titel', body: story }
    const edited = { ...arabic, title: '[ar] Neuer Titel' }
    expect(memoryAfterEdit([title, body], newGerman, arabic, edited, memory).title).toBe('Neuer Titel')
    const untouched = memoryAfterEdit([title, body], newGerman, arabic, arabic, memory)
    expect(untouched.title).toBe('Titel')
    expect(matchMemory([title, body], newGerman, arabic, untouched).changed.map((segment) => segment.key)).toEqual(['title'])
  })
})
