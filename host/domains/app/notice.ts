/** Something the learner should know about their data, shown until dismissed. */
export interface Notice {
  id: string;
  code: 'store.quarantined' | 'history.skipped-lines' | 'history.unreadable' | 'data.read-only';
  params: Record<string, string | number>;
}
