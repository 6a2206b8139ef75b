// @vitest-environment node
// The import rules the README states for lib/db and lib/compare, checked on the source so a move cannot quietly undo them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

const importsOf = (file: string) =>
  [...readFileSync(join(root, file), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);

describe('import layers', () => {
  it('views never import lib/db: they reach the database through messages', () => {
    const offenders = sources('components').filter((f) => importsOf(f).some((s) => /(^|\/)lib\/db(\/|$)/.test(s)));
    expect(offenders).toEqual([]);
  });

  it('lib/compare: export.ts builds on table.ts, never the other way round (no cycle)', () => {
    expect(importsOf('lib/compare/export.ts')).toContain('./table');
    expect(importsOf('lib/compare/table.ts')).not.toContain('./export');
  });
});
