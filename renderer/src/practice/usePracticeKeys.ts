import { useEffect, useLayoutEffect, useRef } from 'react';

export interface PracticeKeys {
  /** True/false question: T/F (also A/B, 1/2) answer it; otherwise letters pick options. */
  judge: boolean;
  onPick: (displayIndex: number) => void;
  onJudge: (value: boolean) => void;
  onEnter: () => void;
  onPrevious: () => void;
  onNext: () => void;
}

/**
 * A–H or 1–8 pick, T/F judge, Enter submits or goes on, ←/→ change question.
 * Keys typed with a modifier, and Enter/Space on a focused button, are left to the browser.
 */
export function usePracticeKeys(keys: PracticeKeys) {
  const latest = useRef(keys);
  useLayoutEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('button, a, textarea, select, input[type="text"]')) {
        if (e.key === 'Enter' || e.key === ' ') return;
      }
      const k = latest.current;
      const key = e.key.length === 1 ? e.key.toUpperCase() : e.key;
      let handled = true;
      if (key === 'ArrowLeft') k.onPrevious();
      else if (key === 'ArrowRight') k.onNext();
      else if (key === 'Enter') k.onEnter();
      else if (k.judge && ['T', 'A', '1'].includes(key)) k.onJudge(true);
      else if (k.judge && ['F', 'B', '2'].includes(key)) k.onJudge(false);
      else if (k.judge) handled = false;
      else if (/^[A-H]$/.test(key)) k.onPick(key.charCodeAt(0) - 65);
      else if (/^[1-8]$/.test(key)) k.onPick(Number(key) - 1);
      else handled = false;
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
