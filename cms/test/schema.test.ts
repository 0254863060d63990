import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { afterAll, beforeAll, expect, it } from 'vitest'

import { migrationDir } from '../src/database.ts'
import { createTestEnvironment, type TestEnvironment } from './support/testPayload.ts'

/**
 * The committed generated types and SQLite migrations must match the content model:
 * a change to a collection without `npm run generate:types` / `migrate:create` fails here.
 */

const cmsDir = path.resolve(import.meta.dirname, '..')
// payload's CLI entry is not in its package exports: it sits at the package root, above dist/.
const payloadBin = path.resolve(path.dirname(createRequire(path.join(cmsDir, 'package.json')).resolve('payload')), '..', 'bin.js')
const typesFile = path.resolve(cmsDir, '../content-types/src/payload-types.ts')
let testEnv: TestEnvironment

beforeAll(() => {
  testEnv = createTestEnvironment()
})

afterAll(async () => {
  await testEnv.cleanup()
})

function payloadCli(args: string[], extraEnv: Record<string, string> = {}) {
  return spawnSync(process.execPath, [payloadBin, ...args], {
    cwd: cmsDir,
    env: { ...process.env, ...testEnv.env, ...extraEnv },
    encoding: 'utf8',
    timeout: 120_000,
  })
}

it('has generated types that match the content model', () => {
  const fresh = path.join(testEnv.dir, 'payload-types.ts')
  const result = payloadCli(['generate:types'], { PAYLOAD_TS_OUTPUT_PATH: fresh })
  expect(result.status, result.stderr).toBe(0)
  expect(readFileSync(fresh, 'utf8'), 'content-types/src/payload-types.ts is stale: run `npm run generate:types`').toBe(
    readFileSync(typesFile, 'utf8'),
  )
})

it('has SQLite migrations that match the content model', () => {
  const before = readdirSync(migrationDir)
  const index = readFileSync(path.join(migrationDir, 'index.ts'), 'utf8')
  const result = payloadCli(['migrate:create', 'schema-drift-check', '--skip-empty'])
  const added = readdirSync(migrationDir).filter((file) => !before.includes(file))
  // Leave the working tree as it was, whatever the outcome.
  for (const file of added) rmSync(path.join(migrationDir, file))
  writeFileSync(path.join(migrationDir, 'index.ts'), index)
  expect(result.status, result.stderr).toBe(0)
  expect(added, 'the schema changed without a migration: run `npm run migrate:create -w @verband/cms -- <name>`').toEqual([])
})
