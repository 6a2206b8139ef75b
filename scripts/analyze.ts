// The command-line analyzer: reads saved pages (.html through lib/page on happy-dom, anything else as plain text)
// and prints what the reader finds.
//   npm run --silent analyze -- --json FILE...   one JSON line per file: { file, detection, statements }
//   npm run --silent analyze -- FILE...          a readable table per file
//   add --all to print the uncertain statements (confidence below CONFIDENT) as well
// A file that cannot be read (missing, binary) gets an error line; the other files still run.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { CONFIDENT, type Statement } from '../lib/model.ts';
import { readPage } from '../lib/page/index.ts';
import { readReport, type ReadResult } from '../lib/reader.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
/** --all: print the uncertain statements too (each carries its confidence and why). */
const all = args.includes('--all');
const files = args.filter((a) => a !== '--json' && a !== '--all' && a !== '--');
if (files.length === 0) {
  console.error('usage: npm run --silent analyze -- [--json] FILE...');
  process.exit(2);
}

/** Text of an .html file through the same reader as the content script. */
function readHtml(
  html: string,
  file: string,
): { title: string; url: string; text: string; publishedAt: string | null } {
  const window = new Window({
    url: pathToFileURL(file).href,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    } as never,
  });
  try {
    window.document.write(html);
    const page = readPage(window.document as unknown as Document, '');
    return { title: page.title, url: page.url, text: page.text, publishedAt: page.publishedAt };
  } finally {
    void window.happyDOM.abort();
    window.close();
  }
}

function looksBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8000);
  let nul = 0;
  for (let i = 0; i < n; i++) if (buf[i] === 0) nul++;
  return nul > 0;
}

/** What is printed as fact: statements at or above CONFIDENT (the reader returns the uncertain ones too). */
function confident(r: ReadResult): ReadResult {
  return all ? r : { ...r, statements: r.statements.filter((s) => (s.confidence ?? 1) >= CONFIDENT) };
}

function analyze(file: string): ReadResult {
  const buf = readFileSync(file);
  if (looksBinary(buf)) throw new Error('binary file');
  const raw = buf.toString('utf8');
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return readReport(readHtml(raw, file));
  // A plain-text page's title is its first line, when that line is short enough to be one (not a paragraph).
  const firstLine = (raw.slice(0, 300).split('\n')[0] ?? '').trim();
  return readReport({ title: firstLine.length <= 80 ? firstLine : '', text: raw });
}

function table(file: string, r: ReadResult): string {
  const d = r.detection;
  const lines = [
    `${file}`,
    `  report: ${d.isReport ? 'yes' : 'no'}  regions: ${d.regions.join('、') || '-'}  year: ${d.year ?? '-'}  confidence: ${d.confidence}`,
  ];
  if (r.statements.length) {
    lines.push('  region  year  kind    indicator                      value        qualifier  conf  quote');
    for (const s of r.statements as Statement[]) {
      const value = `${s.value}${s.valueMax !== undefined ? `–${s.valueMax}` : ''}${s.unit}`;
      lines.push(
        `  ${s.region.padEnd(6)}${String(s.year).padEnd(6)}${s.kind.padEnd(8)}${s.indicator.padEnd(31)}${value.padEnd(13)}${(s.qualifier ?? '-').padEnd(10)} ${(s.confidence ?? 1).toFixed(2)}  ${s.quote.replace(/\s+/g, ' ').slice(0, 40)}${s.why?.length ? `  [${s.why.join('; ')}]` : ''}`,
      );
    }
  }
  return lines.join('\n');
}

let failures = 0;
for (const file of files) {
  try {
    const r = confident(analyze(file));
    console.log(json ? JSON.stringify({ file, detection: r.detection, statements: r.statements }) : table(file, r));
  } catch (e) {
    failures++;
    const message = e instanceof Error ? e.message : String(e);
    if (json) {
      // Only the error: a file that could not be read is not "not a report".
      console.log(JSON.stringify({ file, error: message }));
    } else console.log(`${file}\n  error: ${message}`);
    console.error(`analyze: ${file}: ${message}`);
  }
}
process.exitCode = failures === files.length ? 1 : 0;
