#!/usr/bin/env node
// npm run eval [-- --verbose --min-f1 X --min-detect Y]: scores this project's analyzer on the shared corpus with
// the shared scorer (../shared/eval/score.mjs). Without ../shared it says so and succeeds, so fresh clones and CI
// machines without the corpus are not blocked.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const scorer = join(shared, 'eval', 'score.mjs');
const corpus = join(shared, 'corpus');
if (!existsSync(scorer) || !existsSync(corpus)) {
  console.log(
    `eval: skipped — ${existsSync(shared) ? 'the scorer or corpus is missing in' : 'no'} ../shared (${shared}); nothing to score.`,
  );
  process.exit(0);
}
const r = spawnSync(process.execPath, [scorer, '--corpus', corpus, '--project', root, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
