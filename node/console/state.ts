import { createContext } from 'preact';
import { useCallback, useContext, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, get } from './api.js';
import type { Status } from './types.js';

export interface Notice { kind: 'ok' | 'error'; text: string }

/** What every view shares: the node it looks at, the refresh tick (auto-refresh and after every change), and the notice line. */
export interface Shell {
  status: Status;
  tick: number;
  refresh(): void;
  notify(notice: Notice): void;
}

export const ShellContext = createContext<Shell>(null as unknown as Shell);
export const useShell = (): Shell => useContext(ShellContext);

/** This node has a parent: what it replicated is the parent's, read-only here. */
export const isChild = (status: Status): boolean => status.parent !== null;

/** GETs `path` now, again on every refresh tick and when `path` changes; keeps the last answer while reloading. */
export function useApi<T>(path: string | null): { data: T | undefined; error: ApiError | undefined } {
  const { tick } = useShell();
  const [state, setState] = useState<{ data?: T; error?: ApiError; path?: string | null }>({});
  useEffect(() => {
    if (path === null) return;
    let live = true;
    get<T>(path).then(
      (data) => live && setState({ data, path }),
      (error) => live && setState((s) => ({ data: s.path === path ? s.data : undefined, error: error instanceof ApiError ? error : new ApiError(0, 'NETWORK', String(error?.message ?? error)), path })),
    );
    return () => { live = false; };
  }, [path, tick]);
  return { data: state.path === path ? state.data : undefined, error: state.path === path ? state.error : undefined };
}

/** Runs an admin change, says how it went in the notice line, and refreshes every view. */
export function useAction(): [(what: string, work: () => Promise<unknown>) => Promise<boolean>, boolean] {
  const { notify, refresh } = useShell();
  const [busy, setBusy] = useState(false);
  const mounted = useRef(true);
  useEffect(() => () => { mounted.current = false; }, []);
  const run = useCallback(async (what: string, work: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await work();
      notify({ kind: 'ok', text: what });
      return true;
    } catch (err) {
      const e = err as ApiError;
      notify({ kind: 'error', text: `${e.code ?? 'ERROR'}: ${e.message}` });
      return false;
    } finally {
      if (mounted.current) setBusy(false);
      refresh();
    }
  }, [notify, refresh]);
  return [run, busy];
}
