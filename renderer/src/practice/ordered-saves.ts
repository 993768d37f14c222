/**
 * Saves that must land in the order they were made (the resume position): one request at a
 * time, and while one is in flight only the newest waiting value is kept. An earlier
 * position can therefore never overwrite a later one, however the replies are timed.
 */
export function orderedSaves<T>(save: (value: T) => Promise<void>) {
  let inFlight: Promise<void> | null = null;
  let waiting: { value: T } | null = null;
  const drain = async () => {
    while (waiting) {
      const { value } = waiting;
      waiting = null;
      await save(value).catch(() => {});
    }
    inFlight = null;
  };
  return {
    push(value: T) {
      waiting = { value };
      inFlight ??= drain();
    },
    /** Resolves once everything pushed so far is saved (or failed). */
    idle: () => inFlight ?? Promise.resolve(),
  };
}
