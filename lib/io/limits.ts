// Size limits for files a user imports.
//
// Why 32 MiB: an import travels to the background as one message (Chrome caps a message at 64 MiB of JSON, and a
// Chinese character can take more bytes there than in the file), and it is parsed, validated and written in one
// transaction so that a bad row leaves the database as it was. A starter pack is a few hundred KB; 32 MiB holds
// about 70,000 records. Bigger collections are exported and imported in parts (e.g. CSV per region).
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The problem line for a file over the limit, or null when it fits. */
export function sizeProblem(bytes: number): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  return `The file is ${formatMegabytes(bytes)}; Report Lens imports files up to ${formatMegabytes(MAX_IMPORT_BYTES)}. Split it (for example, one CSV per region) and import the parts.`;
}
