import { useEffect, useLayoutEffect, useRef } from 'react';

/** True when the key lands where the learner is typing, so "/" is a character, not a command. */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select') !== null;
}

/**
 * Ctrl+K (⌘K) opens the search from anywhere, inputs included; "/" opens it when nothing is
 * being typed. Listens in the capture phase so a screen's own keys (the practice screen's
 * letters) never see these two, and the browser's own Ctrl+K is kept from the address bar.
 */
export function useSearchShortcut(onOpen: () => void) {
  const latest = useRef(onOpen);
  useLayoutEffect(() => {
    latest.current = onOpen;
  });
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.isComposing) return;
      const ctrlK = (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k';
      const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !typingIn(e.target);
      if (!ctrlK && !slash) return;
      e.preventDefault();
      e.stopPropagation();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
}
