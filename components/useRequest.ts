import { useEffect, useState } from 'preact/hooks';
import type { MessageError, Result } from '@/lib/messages';

export type Loadable<T> = { state: 'loading' } | { state: 'ready'; data: T } | { state: 'error'; error: MessageError };

/** Runs a background request when `deps` change and exposes loading / data / error. */
export function useRequest<T>(run: () => Promise<Result<T>>, deps: unknown[]): Loadable<T> {
  const [value, setValue] = useState<Loadable<T>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    setValue({ state: 'loading' });
    run().then((result) => {
      if (!live) return;
      setValue(result.ok ? { state: 'ready', data: result.data } : { state: 'error', error: result.error });
    });
    return () => {
      live = false;
    };
  }, deps);
  return value;
}
