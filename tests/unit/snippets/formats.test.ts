// @vitest-environment node
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  mergeSnippets,
  parseSnippetsJson,
  parseTags,
  snippetsToCsv,
  snippetsToJson,
  snippetsToMarkdown,
  textFragmentUrl,
} from '@/lib/io/snippets';
import type { Snippet } from '@/lib/model';

const SAVED = Date.UTC(2026, 2, 5, 9, 30);

function snippet(overrides: Partial<Snippet> = {}): Snippet {
  return {
    id: 'snip-1',
    url: 'https://www.gov.cn/zhengce/2026-03/05/content_1.htm?from=home',
    title: '政府工作报告（全文）',
    text: '国内生产总值增长5%左右',
    selector: {
      exact: '国内生产总值增长5%左右',
      prefix: '主要预期目标是：',
      suffix: '；城镇新增就业',
      start: 120,
      end: 132,
    },
    region: '全国',
    year: 2026,
    tags: ['GDP', '目标'],
    note: '与去年持平',
    createdAt: SAVED,
    ...overrides,
  };
}

/** The fields a reader of the Markdown export can find again, read back by a small parser written for this test. */
interface MarkdownEntry {
  title: string;
  quote: string;
  note?: string;
  tags: string[];
  url: string;
  date: string;
}

function unescapeMarkdown(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

function parseMarkdown(markdown: string): MarkdownEntry[] {
  const sections = markdown.split('\n---\n').slice(1);
  return sections.map((section) => {
    const lines = section.trim().split('\n');
    const title = unescapeMarkdown(lines.find((l) => l.startsWith('## '))!.slice(3));
    const quote = lines
      .filter((l) => l === '>' || l.startsWith('> '))
      .map((l) => unescapeMarkdown(l.slice(2)))
      .join('\n');
    const noteLine = section.match(/\*\*Note:\*\* ([\s\S]*?)\n\n/);
    const tagsLine = lines.find((l) => l.startsWith('**Tags:** '));
    const source = lines.find((l) => l.startsWith('**Source:** '))!;
    const link = /\]\(<([^>]*)>\)/.exec(source)!;
    return {
      title,
      quote,
      note: noteLine ? noteLine[1].split('  \n').map(unescapeMarkdown).join('\n') : undefined,
      tags: tagsLine
        ? tagsLine
            .slice('**Tags:** '.length)
            .split(' ')
            .map((t) => unescapeMarkdown(t.slice(1)))
        : [],
      url: decodeURI(link[1]),
      date: /saved (\d{4}-\d\d-\d\d)$/.exec(source)![1],
    };
  });
}

describe('Markdown export', () => {
  it('round-trips quote, note, tags, title, url and date', () => {
    const tricky = snippet({
      id: 'snip-2',
      title: 'A [draft] *title* #1 <b>',
      text: '第一行 *不是强调* _也不是_\n\n第二行 `代码` | 竖线 > 箭头',
      note: '两行笔记\n第二行 #不是标题',
      tags: ['C++', '两会_2026'],
      url: 'https://example.test/a b?x=1&y=(2)',
    });
    const markdown = snippetsToMarkdown([snippet(), tricky], SAVED);
    expect(parseMarkdown(markdown)).toEqual([
      {
        title: '政府工作报告（全文）',
        quote: '国内生产总值增长5%左右',
        note: '与去年持平',
        tags: ['GDP', '目标'],
        url: 'https://www.gov.cn/zhengce/2026-03/05/content_1.htm?from=home',
        date: '2026-03-05',
      },
      {
        title: 'A [draft] *title* #1 <b>',
        quote: '第一行 *不是强调* _也不是_\n\n第二行 `代码` | 竖线 > 箭头',
        note: '两行笔记\n第二行 #不是标题',
        tags: ['C++', '两会_2026'],
        url: 'https://example.test/a b?x=1&y=(2)',
        date: '2026-03-05',
      },
    ]);
  });

  it('writes the citation with region and year, and leaves out an empty note and tags', () => {
    const markdown = snippetsToMarkdown([snippet({ note: undefined, tags: [] })], SAVED);
    expect(markdown).toContain(
      '**Source:** [政府工作报告（全文）](<https://www.gov.cn/zhengce/2026-03/05/content_1.htm?from=home>), 全国 2026, saved 2026-03-05',
    );
    expect(markdown).not.toContain('**Note:**');
    expect(markdown).not.toContain('**Tags:**');
  });
});

describe('CSV export', () => {
  it('quotes every field so commas, quotes and line breaks survive, and starts with a byte-order mark', () => {
    const csv = snippetsToCsv([snippet({ text: '他说："增长5%，左右"\n下一行', note: 'a,b' })]);
    expect(csv.startsWith('\uFEFF"id","title","url","text","note","tags","region","year","saved","orphaned"\r\n')).toBe(
      true,
    );
    expect(csv).toContain('"他说：""增长5%，左右""\n下一行"');
    const rows = Papa.parse<string[]>(csv.slice(1).trim()).data;
    expect(rows[1]).toEqual([
      'snip-1',
      '政府工作报告（全文）',
      'https://www.gov.cn/zhengce/2026-03/05/content_1.htm?from=home',
      '他说："增长5%，左右"\n下一行',
      'a,b',
      'GDP; 目标',
      '全国',
      '2026',
      '2026-03-05T09:30:00.000Z',
      '',
    ]);
  });

  it('defuses fields a spreadsheet would run as a formula', () => {
    const csv = snippetsToCsv([snippet({ text: '=HYPERLINK("http://evil")' })]);
    expect(Papa.parse<string[]>(csv.slice(1).trim()).data[1][3]).toBe(`'=HYPERLINK("http://evil")`);
  });
});

describe('JSON export and import validation', () => {
  it('reads back what it wrote', () => {
    const json = snippetsToJson([snippet(), snippet({ id: 'snip-2', orphaned: true, note: undefined })], SAVED);
    expect(parseSnippetsJson(json)).toEqual({
      ok: true,
      snippets: [snippet(), snippet({ id: 'snip-2', orphaned: true, note: undefined })],
    });
  });

  it('accepts a bare list, drops unknown fields and tidies tags', () => {
    const parsed = parseSnippetsJson(JSON.stringify([{ ...snippet(), extra: 1, tags: [' GDP ', '#GDP', '目标', ''] }]));
    expect(parsed).toEqual({ ok: true, snippets: [snippet()] });
  });

  it('refuses the whole file and lists where the first problems are', () => {
    const broken = [
      snippet(),
      { ...snippet(), id: '' },
      { ...snippet(), selector: { exact: '', prefix: '', suffix: '' } },
      { ...snippet(), year: '2026' },
    ];
    const parsed = parseSnippetsJson(JSON.stringify({ format: 'report-lens/snippets', version: 1, snippets: broken }));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems).toEqual([
      { path: 'snippets[1].id', message: 'should not be empty' },
      { path: 'snippets[2].selector.exact', message: 'should not be empty' },
      { path: 'snippets[3].year', message: 'should be a year' },
    ]);
  });

  it('explains a file that is not JSON or not a snippets file', () => {
    const notJson = parseSnippetsJson('{ nope');
    expect(!notJson.ok && notJson.problems[0].message).toMatch(/^not valid JSON/);
    const other = parseSnippetsJson(JSON.stringify({ format: 'report-lens/pack', records: [] }));
    expect(!other.ok && other.problems[0].message).toMatch(/Report Lens snippets file/);
  });
});

describe('tags, duplicates and links', () => {
  it('splits typed tags on Chinese and Latin commas', () => {
    expect(parseTags('GDP，目标、 #就业; 就业,,')).toEqual(['GDP', '目标', '就业']);
  });

  it('merges a duplicate: tags joined, a different note appended, the earlier time kept', () => {
    const stored = snippet({ tags: ['GDP'], note: '旧笔记', createdAt: 2000 });
    const incoming = snippet({ tags: ['目标', 'GDP'], note: '新笔记', createdAt: 1000, region: '北京' });
    expect(mergeSnippets(stored, incoming)).toEqual({
      ...stored,
      tags: ['GDP', '目标'],
      note: '旧笔记\n\n新笔记',
      createdAt: 1000,
    });
  });

  it('links to the page scrolled to the quote with a text fragment (context included, syntax characters escaped)', () => {
    expect(textFragmentUrl(snippet({ url: 'https://example.test/p#top' }))).toBe(
      `https://example.test/p#:~:text=${encodeURIComponent('主要预期目标是：')}-,${encodeURIComponent('国内生产总值增长5%左右')},-${encodeURIComponent('；城镇新增就业')}`,
    );
    const long = snippet({ selector: { exact: `${'甲'.repeat(30)}-中间-${'乙'.repeat(40)}`, prefix: '', suffix: '' } });
    expect(textFragmentUrl(long)).toBe(
      `${long.url}#:~:text=${encodeURIComponent('甲'.repeat(20))},${encodeURIComponent('乙'.repeat(20))}`,
    );
  });
});
