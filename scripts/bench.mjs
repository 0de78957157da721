#!/usr/bin/env node
// npm run bench [-- --json FILE]: runs every test/bench/*.bench.ts and prints medians.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const jsonIndex = args.indexOf('--json');
const env = { ...process.env };
if (jsonIndex >= 0) {
  const file = args[jsonIndex + 1];
  if (!file) {
    console.error('Give a file name after --json, for example: npm run bench -- --json bench.json');
    process.exit(2);
  }
  env.BENCH_JSON = resolve(file);
}
const only = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--json');
if (only) env.BENCH_ONLY = only;
const result = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.bench.config.ts', '--reporter', 'dot'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
