import { useEffect } from 'preact/hooks';
import { t } from '../i18n';

export interface ToastState {
  message: string;
  /** Present when the action can be undone. */
  onUndo?: () => void;
}

/** A short notice at the bottom of the page; an Undo button while the action can still be undone (10 s). */
export function Toast({ toast, onClose }: { toast: ToastState | null; onClose: () => void }) {
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onClose, 10_000);
    return () => clearTimeout(timer);
  }, [toast]);
  return (
    <div class="rl-toast-region" aria-live="polite">
      {toast && (
        <div class="rl-toast" data-testid="toast">
          <span>{toast.message}</span>
          {toast.onUndo && (
            <button
              type="button"
              class="rl-primary"
              onClick={() => {
                toast.onUndo?.();
                onClose();
              }}
            >
              {t('libraryUndo')}
            </button>
          )}
          <button type="button" aria-label={t('libraryDismiss')} title={t('libraryDismiss')} onClick={onClose}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
