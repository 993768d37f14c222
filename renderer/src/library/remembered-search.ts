import { useState } from 'react';

// The last query per search box lives for the session (not in the URL): going Back from an
// article to the results finds them still there.
const last = new Map<string, string>();

export function useRememberedSearch(scope: string): [string, (q: string) => void] {
  const [query, setQuery] = useState(() => last.get(scope) ?? '');
  const set = (q: string) => {
    last.set(scope, q);
    setQuery(q);
  };
  return [query, set];
}
