// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { FigureRecord, Proposal } from '@/lib/model';
import { MAX_PROBLEMS, PACK_VERSION, type Pack, parsePack, proposalProblems, recordProblems } from '@/lib/pack/format';
import { record as buildRecord, proposal as buildProposal } from '../helpers/builders';

// Fixed ids: two calls give two rows with the same id.
const record = (over: Partial<FigureRecord> = {}) => buildRecord({ id: 'rec-1', ...over });
const proposal = (over: Partial<Proposal> = {}) => buildProposal({ id: 'prop-1', ...over });

function pack(records: unknown[] = [record()], proposals: unknown[] = [proposal()]): Pack {
  return {
    format: 'report-lens-pack',
    version: PACK_VERSION,
    createdAt: '2026-03-06',
    header: {
      description: 'test',
      counts: { records: records.length, proposals: proposals.length },
      dropped: { 'low-confidence': 2 },
      regions: ['北京'],
    },
    records: records as FigureRecord[],
    proposals: proposals as Proposal[],
  };
}

function problemsOf(input: unknown) {
  const result = parsePack(input);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('parsePack', () => {
  it('accepts a valid pack and returns it', () => {
    const input = pack([
      record(),
      record({ id: 'rec-2', value: undefined, unit: '', qualifier: null, text: '与经济增长同步' }),
    ]);
    const result = parsePack(input);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.records).toHaveLength(2);
  });

  it('accepts the text of a file as well as parsed JSON', () => {
    expect(parsePack(JSON.stringify(pack())).ok).toBe(true);
  });

  it('says a truncated file is not valid JSON', () => {
    const text = JSON.stringify(pack());
    expect(problemsOf(text.slice(0, 100))).toEqual([
      { path: '', message: expect.stringMatching(/^The file is not valid JSON .*truncated\.$/) },
    ]);
  });

  it('refuses something that is not a pack', () => {
    expect(problemsOf([1, 2])[0].message).toBe('A pack is a JSON object; this file holds a list of 2.');
    expect(problemsOf({ format: 'other' })).toEqual([
      {
        path: 'format',
        message: 'This is not a Report Lens pack: "format" should be "report-lens-pack" but is "other".',
      },
    ]);
  });

  it('refuses a newer version and says to update', () => {
    const problems = problemsOf({ ...pack(), version: 2 });
    expect(problems).toEqual([
      {
        path: 'version',
        message:
          'This pack is version 2, made by a newer Report Lens; this one reads version 1. Update the extension to import it.',
      },
    ]);
  });

  it('refuses an unknown older or malformed version', () => {
    expect(problemsOf({ ...pack(), version: '1' })[0]).toEqual({
      path: 'version',
      message: 'Pack version "1" is not supported; this Report Lens reads version 1.',
    });
  });

  it('names the row and field of a missing field', () => {
    const { source: _s, ...noSource } = record();
    const problems = problemsOf(pack([record(), noSource]));
    expect(problems).toEqual([
      {
        path: 'records[1].source',
        message: 'is missing. — in record 2 (北京 2024 gdp_growth target)',
      },
    ]);
  });

  it('says what a wrong type should be and what it is', () => {
    const problems = problemsOf(pack([record({ year: '2024' as unknown as number, kind: 'goal' as 'target' })]));
    expect(problems.map((p) => p.path)).toEqual(['records[0].year', 'records[0].kind']);
    expect(problems[0].message).toBe(
      'should be a year (a number such as 2024), but is "2024". — in record 1 (北京 2024 gdp_growth goal)',
    );
    expect(problems[1].message).toMatch(/^should be "target" or "result", but is "goal"\./);
  });

  it('checks indicators and qualifiers', () => {
    const problems = problemsOf(pack([record({ indicator: 'gdp' as 'gdp_growth', qualifier: '大约' as '左右' })]));
    expect(problems.map((p) => p.path)).toEqual(['records[0].indicator', 'records[0].qualifier']);
    expect(problems[0].message).toMatch(/standard indicator id .* or "other:<中文名>"/);
  });

  it('requires a source url, except on a record the user added by hand', () => {
    const noUrl = { url: ' ', quote: 'q', type: 'news' };
    const problems = problemsOf(pack([record({ source: noUrl }), record({ id: 'u', origin: 'user', source: noUrl })]));
    expect(problems).toEqual([
      {
        path: 'records[0].source.url',
        message:
          'should not be empty: a figure keeps the address of its source (only records added by hand may leave it empty). — in record 1 (北京 2024 gdp_growth target)',
      },
    ]);
  });

  it('requires a value or, for a qualitative record, its text; a number needs a unit', () => {
    const problems = problemsOf(
      pack([
        record({ id: 'a', value: undefined }),
        record({ id: 'b', unit: '' }),
        record({ id: 'c', value: 5, valueMax: 4 }),
        record({ id: 'd', text: '同步' }),
      ]),
    );
    expect(problems.map((p) => p.path)).toEqual([
      'records[0].value',
      'records[1].unit',
      'records[2].valueMax',
      'records[3].text',
    ]);
    expect(problems[0].message).toMatch(
      /^is missing: a record needs a number \(value\) or, if qualitative, its wording \(text\)\. — in record 1/,
    );
  });

  it('requires the quote and source type on pack rows, not on rows the user saved', () => {
    const bare = { url: 'https://example.org/x' };
    const problems = problemsOf(
      pack([record({ source: bare }), record({ id: 'rec-u', origin: 'user', source: bare })]),
    );
    expect(problems.map((p) => p.path)).toEqual(['records[0].source.quote', 'records[0].source.type']);
  });

  it('finds repeated ids and conflicts naming records that are not there', () => {
    const problems = problemsOf(pack([record(), record({ conflictsWith: ['rec-9'] })]));
    expect(problems.map((p) => p.message)).toEqual([
      'repeats the id of records[0] ("rec-1"); ids must be unique. — in record 2 (北京 2024 gdp_growth target)',
      'names "rec-9", which is not a record in this pack. — in record 2 (北京 2024 gdp_growth target)',
    ]);
  });

  it('notices a header that does not match the rows (a cut or edited file)', () => {
    const input = pack([record()]);
    input.header.counts.records = 3;
    expect(problemsOf(input)).toEqual([
      {
        path: 'header.counts.records',
        message: 'says 3 records but the file holds 1; the file may be truncated or edited.',
      },
    ]);
  });

  it('checks proposals too: a proposal with neither url nor title is refused', () => {
    const problems = problemsOf(
      pack([record()], [proposal({ source: { url: '' } }), proposal({ id: 'p2', topics: 'x' as unknown as string[] })]),
    );
    expect(problems.map((p) => p.path)).toEqual(['proposals[1].topics']);
    const second = problemsOf(pack([record()], [proposal({ source: { url: '' } })]));
    expect(second[0].path).toBe('proposals[0].source');
  });

  it(`lists at most ${MAX_PROBLEMS} problems and counts the rest`, () => {
    const rows = Array.from({ length: 15 }, (_, i) => record({ id: `r${i}`, year: 1800 }));
    const problems = problemsOf(pack(rows));
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems[0].path).toBe('records[0].year');
    expect(problems[MAX_PROBLEMS]).toEqual({ path: '', message: '… and 5 more problems.' });
  });

  it('reports a missing header and missing lists', () => {
    const problems = problemsOf({ format: 'report-lens-pack', version: 1, createdAt: 'yesterday' });
    expect(problems.map((p) => p.path)).toEqual(['createdAt', 'header', 'records', 'proposals']);
    expect(problems[0].message).toBe('should be an ISO date such as 2026-03-05 (it is "yesterday").');
  });
});

describe('one row checked alone (the library’s record and proposal forms)', () => {
  it('passes a valid record and proposal', () => {
    expect(recordProblems(record())).toEqual([]);
    expect(proposalProblems(proposal())).toEqual([]);
  });

  it('names the field, with the same rules as a pack row and no pack around it', () => {
    expect(recordProblems(record({ unit: '' }))).toEqual([
      { path: 'unit', message: 'should not be empty: a number needs its unit (%, 万人, 亿元 …).' },
    ]);
    expect(recordProblems({ ...record(), year: 'soon' }).map((p) => p.path)).toEqual(['year']);
    expect(recordProblems(record({ value: undefined })).map((p) => p.path)).toEqual(['value']);
    expect(proposalProblems(proposal({ source: { url: '' } })).map((p) => p.path)).toEqual(['source']);
  });

  it('leaves the pack-wide rules to the pack: a conflict may name a record stored elsewhere', () => {
    expect(recordProblems(record({ conflictsWith: ['elsewhere'] }))).toEqual([]);
  });
});
