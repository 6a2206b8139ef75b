// The request schemas of lib/api/snippets.ts, checked by the router (lib/service/router.ts) before a handler runs.
import * as v from 'valibot';
import { SnippetSchema } from '../io/snippets';
import { count, flag, id, idList, ids, year } from './fields';
import { SNIPPET_TEXT_LIMIT } from './snippets';

const limited = (max: number, what: string) =>
  v.pipe(
    v.string(`should be ${what}`),
    v.maxLength(
      max,
      (issue) =>
        `should be at most ${max.toLocaleString('en')} characters (this one has ${Number(issue.received).toLocaleString('en')})`,
    ),
  );
const tags = v.pipe(
  v.array(limited(100, 'a tag'), 'should be a list of tags'),
  v.maxLength(200, 'should hold at most 200 tags'),
);

export const SNIPPETS_SCHEMAS = {
  saveSnippet: v.object(
    {
      url: v.pipe(
        limited(8192, 'the absolute address of the page'),
        v.regex(/^[a-z][a-z0-9+.-]*:/i, 'should be the absolute address of the page'),
      ),
      title: v.optional(limited(2000, 'the page title')),
      text: v.pipe(
        limited(SNIPPET_TEXT_LIMIT, 'the selected text'),
        v.check((t) => t.trim() !== '', 'should hold some text'),
      ),
      selector: v.object(
        {
          exact: v.pipe(v.string('should be the quoted text'), v.nonEmpty('should not be empty')),
          prefix: v.string('should be the text before the quote'),
          suffix: v.string('should be the text after the quote'),
          start: v.optional(v.number('should be an offset')),
          end: v.optional(v.number('should be an offset')),
        },
        'should be a quote selector { exact, prefix, suffix }',
      ),
      region: v.optional(limited(100, 'a region name')),
      year: v.optional(year),
      note: v.optional(limited(20_000, 'a note')),
      tags: v.optional(tags),
    },
    'should be a snippet { url, text, selector, … }',
  ),
  updateSnippet: v.object(
    { id, tags: v.optional(tags), note: v.optional(limited(20_000, 'a note')) },
    'should be an object { id, tags?, note? }',
  ),
  deleteSnippets: ids,
  // The rows deleteSnippets answered, checked as the entries of an export file.
  restoreSnippets: v.object(
    { snippets: v.array(SnippetSchema, 'should be a list of snippets') },
    'should be an object { snippets }',
  ),
  listSnippets: v.optional(
    v.object(
      {
        search: v.optional(v.string('should be the words to look for')),
        tag: v.optional(v.string('should be a tag')),
        region: v.optional(v.string('should be a region name')),
        year: v.optional(year),
        site: v.optional(v.string('should be a host name')),
        orphaned: v.optional(flag),
        limit: v.optional(count),
        offset: v.optional(count),
      },
      'should be a query object',
    ),
    {},
  ),
  snippetsForUrl: v.object({ url: v.string('should be the page address') }, 'should be an object { url }'),
  markOrphaned: v.object({ ids: idList, orphaned: v.optional(flag) }, 'should be an object { ids, orphaned }'),
  exportSnippets: v.object(
    { format: v.picklist(['markdown', 'csv', 'json'], 'should be markdown, csv or json'), ids: v.optional(idList) },
    'should be an object { format, ids? }',
  ),
  importSnippets: v.object({ json: v.string('should be the text of the file') }, 'should be an object { json }'),
};
