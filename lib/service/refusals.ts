// One shape for a refused file (a pack, a backup, a snippets export): an error whose code says why ('too-large',
// 'invalid-file'), whose message is one sentence naming the first problem, and whose problems list where and why,
// so the library shows them the same way whichever file it was. The database is exactly as it was.
import type { ImportProblem } from '../io/problems';
import { RequestError } from '../messages';

const where = (p: ImportProblem) => (p.path ? `${p.path}: ${p.message}` : p.message);

export function refusedFile(
  problems: ImportProblem[],
  code: 'invalid-file' | 'too-large' = 'invalid-file',
): RequestError {
  const [first] = problems;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  const why = first ? where(first).replace(/[.\s]+$/, '') : 'the file is not valid';
  return new RequestError(code, `The file was refused and nothing was changed: ${why}${more}.`, problems);
}
