import { writeFileSync } from 'node:fs';
import { afterAll, describe, it } from 'vitest';

/** One figure of a benchmark: always a median or a ratio of medians, measured in this process. */
interface Figure { name: string; value: number; unit: string }
type BenchModule = { run: (record: (name: string, value: number, unit: string) => void) => Promise<void> };

const modules = import.meta.glob<BenchModule>('./*.bench.ts');
const figures: Figure[] = [];
const only = process.env.BENCH_ONLY;

describe('benchmarks', () => {
  for (const [path, load] of Object.entries(modules).sort(([a], [b]) => a.localeCompare(b))) {
    if (only && !path.includes(only)) continue;
    it(path, async () => {
      const module = await load();
      await module.run((name, value, unit) => figures.push({ name, value: Math.round(value * 100) / 100, unit }));
    });
  }

  afterAll(() => {
    const width = Math.max(...figures.map((f) => f.name.length), 10);
    const lines = ['', `${'benchmark'.padEnd(width)}  ${'value'.padStart(12)}  unit`, ...figures.map((f) => `${f.name.padEnd(width)}  ${String(f.value).padStart(12)}  ${f.unit}`), ''];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, `${JSON.stringify(figures, null, 2)}\n`);
  });
});
