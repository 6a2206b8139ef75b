import type { MessageKey } from '../i18n';
import { t } from '../i18n';
import type { Origin } from '@/lib/model';

export function originName(origin: Origin): string {
  return t(`origin_${origin}` as MessageKey);
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
