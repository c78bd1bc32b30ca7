/** Saving a file the page made: a Blob behind an object URL, clicked through an <a download>. */

/** `nft-playground[-tag]-2025-01-31T12-05-09Z.ext`: UTC, sortable, no ':' (not allowed on Windows). */
export function exportFileName(ext: string, date: Date, tag?: string): string {
  const stamp = date
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');
  const safeTag = tag?.replace(/[^a-z0-9_-]+/gi, '-');
  return `nft-playground-${safeTag ? `${safeTag}-` : ''}${stamp}.${ext}`;
}

/** Some browsers read the blob after click() returns: the URL is revoked a little later. */
const REVOKE_AFTER_MS = 10_000;

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}
