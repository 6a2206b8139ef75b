// Starter-pack install benchmark (npm run bench -- pack-install): the shipped pack's size raw and gzipped, the time
// to parse and validate it, the first install into an empty database (fake-indexeddb in Node, which is slower than a
// browser's IndexedDB) and a second load over it (an update), and the longest single write transaction — what the
// library could wait behind while the pack loads.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { createDbAccess } from '../../lib/db/open';
import { ReportLensDb } from '../../lib/db/schema';
import { parsePack } from '../../lib/pack/format';
import { DEFAULT_CHUNK, installStarterPack } from '../../lib/service/pack-install';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run(): Promise<void> {
  const text = readFileSync(
    join(dirname(fileURLToPath(import.meta.url)), '../../assets/pack/starter-pack.json'),
    'utf8',
  );
  const raw = Buffer.byteLength(text);
  const gz = gzipSync(text, { level: 9 }).length;
  const t0 = performance.now();
  const parsed = parsePack(text);
  const parseMs = performance.now() - t0;
  if (!parsed.ok) throw new Error('the shipped pack does not parse');
  const pack = parsed.pack;
  console.log(
    `pack: ${pack.records.length} records, ${pack.proposals.length} proposals; ${(raw / 1024).toFixed(0)} KB raw, ${(gz / 1024).toFixed(0)} KB gzipped; JSON.parse + validation ${parseMs.toFixed(0)} ms`,
  );

  for (const chunkSize of [DEFAULT_CHUNK, pack.records.length]) {
    const first: number[] = [];
    const again: number[] = [];
    const longest: number[] = [];
    for (let run = 0; run < 3; run++) {
      const db = new ReportLensDb(`pack-bench-${chunkSize}-${run}`);
      const access = createDbAccess(() => db);
      let last = performance.now();
      let worst = 0;
      const onProgress = () => {
        const now = performance.now();
        worst = Math.max(worst, now - last);
        last = now;
      };
      let t = performance.now();
      await installStarterPack(access, pack, { chunkSize, onProgress });
      first.push(performance.now() - t);
      longest.push(worst);
      t = performance.now();
      await installStarterPack(access, pack, { chunkSize });
      again.push(performance.now() - t);
      if ((await db.records.count()) !== pack.records.length) throw new Error('not every record was stored');
      await db.delete();
    }
    const label = chunkSize === pack.records.length ? 'one transaction' : `chunks of ${chunkSize}`;
    console.log(
      `install (${label}, fake-indexeddb, median of 3): first ${median(first).toFixed(0)} ms, again (update) ${median(again).toFixed(0)} ms, longest step between progress reports ${median(longest).toFixed(0)} ms`,
    );
  }
}
