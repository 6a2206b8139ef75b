import { useEffect, useState } from 'preact/hooks';
import type { MessageError, Result } from '@/lib/messages';

export interface Query<T> {
  data?: T;
  error?: MessageError;
  loading: boolean;
}

/**
 * Like useRequest, but keeps the last answer on screen while the next one loads: after an edit or a delete the
 * table stays where it is (and keyboard focus with it) instead of flashing "Loading…".
 */
export function useQuery<T>(run: () => Promise<Result<T>>, deps: unknown[]): Query<T> {
  const [state, setState] = useState<Query<T>>({ loading: true });
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    run().then((result) => {
      if (!live) return;
      setState(result.ok ? { data: result.data, loading: false } : { error: result.error, loading: false });
    });
    return () => {
      live = false;
    };
  }, deps);
  return state;
}
