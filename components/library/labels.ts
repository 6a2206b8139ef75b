import type { MessageKey } from '../i18n';
import { t } from '../i18n';
import type { Origin } from '@/lib/model';

export const ORIGINS: Origin[] = ['pack', 'page', 'user', 'import'];

export function originName(origin: Origin): string {
  return t(`origin_${origin}` as MessageKey);
}

/** Only web addresses become links: imported data is never trusted with other schemes (javascript:, data:). */
export function isWebUrl(url: string | undefined): url is string {
  return !!url && /^https?:\/\//i.test(url);
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Offers text as a file download (Blob + object URL; nothing leaves the browser). */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
