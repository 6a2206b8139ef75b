// @vitest-environment node
// readPageInSlices gives the page its thread back while it walks, and reads exactly what readPage reads.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { readPage, readPageInSlices } from '@/lib/page';
import { runInSlices, runToEnd } from '@/lib/page/slices';

const PAGES = join(__dirname, '..', '..', 'fixtures', 'pages');

function load(source: string): Document {
  const window = new Window({ url: 'https://news.example/page.html' });
  window.document.write(source);
  return window.document as unknown as Document;
}

/** A fake clock that moves 1 ms at each look, so every few steps end a slice. */
function slicing() {
  let clock = 0;
  const seen = { yields: 0 };
  return {
    seen,
    options: {
      now: () => clock++,
      sliceMs: 3,
      yieldToPage: async () => {
        seen.yields++;
      },
    },
  };
}

const plain = (p: ReturnType<typeof readPage>) => ({
  ...p,
  segments: p.segments.map((s) => [s.node.data, s.start, s.end]),
});

describe('readPageInSlices', () => {
  it('reads every fixture page exactly as readPage does', async () => {
    const files = readdirSync(PAGES).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const doc = load(readFileSync(join(PAGES, file), 'utf8'));
      const whole = readPage(doc, 'https://fallback.example/');
      const sliced = await readPageInSlices(doc, 'https://fallback.example/', slicing().options);
      expect(plain(sliced), file).toEqual(plain(whole));
      expect(sliced.segments.every((s, i) => s.node === whole.segments[i].node)).toBe(true);
    }
  });

  it('yields while it walks a long article, and keeps maxChars', async () => {
    const doc = load(
      `<html><head><title>政府工作报告</title></head><body><article>${'<p>第1段：国内生产总值增长5%左右。</p>'.repeat(3000)}</article></body></html>`,
    );
    const { seen, options } = slicing();
    const sliced = await readPageInSlices(doc, '', { ...options, maxChars: 20_000 });
    expect(seen.yields).toBeGreaterThan(5);
    expect(plain(sliced)).toEqual(plain(readPage(doc, '', { maxChars: 20_000 })));
    expect(sliced.title).toBe('政府工作报告');
  });
});

describe('runInSlices', () => {
  it('yields only once a slice has run its time, and returns what runToEnd returns', async () => {
    function* count(n: number): Generator<void, number, void> {
      for (let i = 0; i < n; i++) yield;
      return n;
    }
    const { seen, options } = slicing();
    expect(await runInSlices(count(30), options)).toBe(30);
    expect(runToEnd(count(30))).toBe(30);
    // The clock moves 1 per look and the slice is 3: about one yield per two steps, never one per step.
    expect(seen.yields).toBeGreaterThan(5);
    expect(seen.yields).toBeLessThan(30);
  });
});
