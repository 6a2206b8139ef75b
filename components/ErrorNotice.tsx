import type { MessageError } from '@/lib/messages';
import { t } from './i18n';

/** Shows a failed request in words the reader can act on. */
export function ErrorNotice({ error }: { error: MessageError }) {
  const text = error.code === 'db-unavailable' ? t('errorDbUnavailable') : error.message;
  return (
    <div class="rl-error" role="alert">
      <strong>{t('errorTitle')}</strong>
      <p>{text}</p>
    </div>
  );
}
