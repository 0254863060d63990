// Runs the integration suites of the CMS and the seed once more against MongoDB, unchanged,
// when TEST_MONGODB_URL names a server. No MongoDB server can be installed on the project's
// build machines, so without it the run is skipped, and says why.
import { spawnSync } from 'node:child_process'

const url = process.env.TEST_MONGODB_URL
if (!url) {
  console.log(
    'MongoDB suite skipped: TEST_MONGODB_URL is not set. No MongoDB server can be installed on these machines, ' +
      'so CI covers SQLite. To run the same suites against MongoDB: TEST_MONGODB_URL=mongodb://localhost:27017 npm run test:mongodb',
  )
  process.exit(0)
}
console.log(`Running the CMS and seed integration suites against MongoDB (${new URL(url).host}) …`)
const result = spawnSync('npx', ['turbo', 'run', 'test', '--filter=@verband/cms', '--filter=@verband/seed', '--concurrency=1'], {
  stdio: 'inherit',
  env: { ...process.env, TEST_DATABASE: 'mongodb' },
})
process.exit(result.status ?? 1)
