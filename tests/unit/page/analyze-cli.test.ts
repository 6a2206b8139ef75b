// @vitest-environment node
// The command-line analyzer on hostile files: an unreadable file is an error (not "not a report"), and a page
// nested 50,000 levels deep is read without "Maximum call stack size exceeded".
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'rl-analyze-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function analyze(...files: string[]): Array<Record<string, unknown>> {
  let out = '';
  try {
    out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', '--json', ...files], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (error) {
    out = (error as { stdout?: string }).stdout ?? '';
  }
  return out
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

describe('analyze CLI', () => {
  it('labels a file it could not read with error only, and reads a 50,000-deep page', () => {
    const binary = join(dir, 'binary.html');
    writeFileSync(binary, Buffer.from([0, 1, 2, 0, 3]));
    const deep = join(dir, 'deep.html');
    writeFileSync(
      deep,
      `<html><head><title>政府工作报告</title></head><body>${'<div>'.repeat(50_000)}<p>今年国内生产总值增长5%左右。</p>${'</div>'.repeat(50_000)}</body></html>`,
    );
    const [bad, good] = analyze(binary, deep);
    expect(bad).toEqual({ file: binary, error: expect.any(String) });
    expect(good.error).toBeUndefined();
    expect((good.detection as { isReport: boolean }).isReport).toBeTypeOf('boolean');
  }, 120_000);
});
