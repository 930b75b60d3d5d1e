/**
 * `pnpm --filter @touchstone/bench db -- --scale 70 [--heap MB] [--page-cache MB] [--stop]`:
 * starts the persistent benchmark database of a scale (generating and loading the data set on
 * first use) and prints how to reach it, or stops it. Both benchmarks then reuse it as is.
 */
import { parseArgs } from 'node:util';
import { localDbStop } from '@touchstone/local-neo4j';
import { scriptArgs } from './cli-args';
import { DATABASE_ARGS, databaseOptions, databaseRoot, openBenchDatabase } from './bench-database';

const { values } = parseArgs({
  args: scriptArgs(),
  options: {
    ...DATABASE_ARGS,
    stop: { type: 'boolean', default: false },
  },
});
const scale = Number(values.scale);
if (values.stop) {
  const was = await localDbStop({ root: databaseRoot(scale) });
  console.log(was ? `stopped the scale ${scale} benchmark database` : 'it was not running');
} else {
  const db = await openBenchDatabase(databaseOptions(values, false));
  const { records } = await db.driver.executeQuery('MATCH (n:Entity) RETURN count(n) AS n');
  console.log(`${db.describe}: ${Number(records[0]!.get('n')).toLocaleString('en-US')} entities`);
  console.log(`ground truth: ${db.groundTruthFile}`);
  await db.close();
}
