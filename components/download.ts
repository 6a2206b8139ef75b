/** Hands text to the browser as a file download (Blob + object URL; nothing leaves the browser). */
export function downloadText(filename: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // The object URL must outlive the click long enough for the browser to start the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
