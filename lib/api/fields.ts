// Pieces the request schemas of lib/api/*.ts share. Each message says what it expects in words a developer reads in
// an 'invalid-request' answer ("should be a list of ids"); the router (lib/service/router.ts) adds the field's path.
import * as v from 'valibot';

/** A message that takes no data (whatever is sent is ignored). */
export const nothing = v.unknown();

export const text = v.string('should be text');
export const nonEmpty = v.pipe(
  text,
  v.check((s) => s.trim() !== '', 'should not be empty'),
);
export const id = v.pipe(
  v.string('should be an id'),
  v.nonEmpty('should not be empty'),
  v.maxLength(1000, 'should be an id (at most 1,000 characters)'),
);
export const idList = v.pipe(
  v.array(id, 'should be a list of ids'),
  v.maxLength(100_000, 'should hold at most 100,000 ids'),
);
export const ids = v.object({ ids: idList }, 'should be an object { ids }');
export const year = v.pipe(
  v.number('should be a year (a number such as 2025)'),
  v.integer('should be a whole year such as 2025'),
  v.minValue(1949, 'should be a year from 1949 on'),
  v.maxValue(2200, 'should be a year before 2200'),
);
export const count = v.pipe(
  v.number('should be a number'),
  v.integer('should be a whole number'),
  v.minValue(0, 'should not be negative'),
);
export const flag = v.boolean('should be true or false');
/** An address as a page gives it (location.href): any scheme, never longer than a browser keeps. */
export const pageUrl = v.pipe(
  v.string('should be the page address'),
  v.nonEmpty('should be the page address'),
  v.maxLength(8192, 'should be at most 8,192 characters'),
);
export const regionName = v.pipe(
  v.string('should be a region name'),
  v.check((s) => s.trim() !== '', 'should be a region name'),
  v.maxLength(100, 'should be a region name'),
);
/** The text of a file the user picked (a pack, a backup, a snippets export). */
export const fileText = v.object({ text: v.string('should be the text of the file') }, 'should be an object { text }');
export const object = <T extends v.ObjectEntries>(entries: T, what: string) =>
  v.object(entries, `should be an object ${what}`);
