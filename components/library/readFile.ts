/**
 * Reads a file as text and reports the share read so far (0..1). `File.text()` gives no progress, and a backup can
 * be tens of MB: the stream is decoded piece by piece instead.
 */
export async function readFileWithProgress(file: File, onProgress: (share: number) => void): Promise<string> {
  if (!file.stream) return file.text();
  const reader = file.stream().getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    onProgress(file.size ? read / file.size : 1);
  }
  parts.push(decoder.decode());
  return parts.join('');
}
