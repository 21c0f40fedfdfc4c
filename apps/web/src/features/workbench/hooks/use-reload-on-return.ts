import { useEffect } from 'react';

/**
 * Loads the list again when the user comes back to the tab or the window (a step closed in another tab, or
 * on another device, drops off without a manual reload). Coming back by navigation needs nothing: the page
 * mounts again and loads afresh.
 */
export function useReloadOnReturn(reload: () => void) {
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'visible') reload();
    };
    window.addEventListener('focus', reload);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('focus', reload);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [reload]);
}
