// Whether the app has moved since it loaded: only then does history.back() stay inside it.
// Opened straight on an article (a bookmark, a reload), Back goes to the law's contents instead.
let moved = false;
window.addEventListener('hashchange', () => (moved = true), { once: true });

export const canGoBackInApp = (): boolean => moved;
