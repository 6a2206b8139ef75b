// @vitest-environment node
// The first stage runs on every page, so what it pulls in is a budget: no Preact, no reader, no t2s table, no
// gazetteer. Bundled here the way the extension's build would (the real figure: `npm run bench -- pageload`).
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('the first stage bundle', () => {
  it('holds the gate and the snippets check only, well under 15 KB gzipped', async () => {
    const result = await build({
      entryPoints: ['entrypoints/content/first-stage.ts'],
      bundle: true,
      write: false,
      minify: true,
      format: 'iife',
      metafile: true,
      alias: { '@': '.' },
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((f) => /preact|lib\/(text|regions|extract|reader|match|anchor)|components\//.test(f))).toEqual(
      [],
    );
    expect(gzipSync(result.outputFiles[0].contents).length).toBeLessThan(15 * 1024);
  });
});
