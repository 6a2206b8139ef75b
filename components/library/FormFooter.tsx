import { t } from '../i18n';

/** The end of every library form: the error it was refused with (if any), then submit and cancel. */
export function FormFooter({
  error,
  submitLabel,
  onCancel,
}: {
  error?: string | null;
  submitLabel: string;
  onCancel: () => void;
}) {
  return (
    <>
      {error && (
        <p class="rl-form-error rl-full" role="alert">
          {error}
        </p>
      )}
      <div class="rl-form-actions rl-full">
        <button type="submit" class="rl-primary">
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {t('libraryCancel')}
        </button>
      </div>
    </>
  );
}
