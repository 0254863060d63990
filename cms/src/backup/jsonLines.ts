import { createReadStream, createWriteStream } from 'node:fs'
import { once } from 'node:events'
import { createInterface } from 'node:readline'

/**
 * JSON Lines: one document per line. A collection is written and read a page at a time, so
 * neither a backup nor a restore holds a whole collection in memory.
 */
export async function writeJsonLines(file: string, records: AsyncIterable<unknown>): Promise<number> {
  const out = createWriteStream(file, { flags: 'wx', mode: 0o600 })
  let count = 0
  try {
    for await (const record of records) {
      if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain')
      count++
    }
  } finally {
    out.end()
    await once(out, 'close')
  }
  return count
}

export async function* readJsonLines<T>(file: string): AsyncGenerator<T> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity })
  let number = 0
  for await (const line of lines) {
    number++
    if (line.trim() === '') continue
    try {
      yield JSON.parse(line) as T
    } catch (error) {
      throw new Error(`${file}, line ${number}: not valid JSON (${(error as Error).message})`, { cause: error })
    }
  }
}
