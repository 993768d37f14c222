import type { AppErrorShape } from '@core/ipc/envelope';
import type { Reveal } from '@core/practice/items';
import type { Response } from '@core/practice/response';

/**
 * When a learner sees whether they were right: at once (practice), or only when the whole
 * session is over (the exam issue's papers). Everything else is the same reducer.
 */
export type RevealPolicy = 'immediate' | 'end';

export interface Outcome {
  /** False when the host could not keep it (read-only data folder): shown, marked unsaved. */
  saved: boolean;
  correct: boolean;
  reveal: Reveal;
}

/** One question in this sitting. `eventId` is made at the first submit and reused on retry. */
export interface ItemAnswer {
  selection: Response | null;
  status: 'editing' | 'saving' | 'done' | 'failed';
  eventId?: string;
  outcome?: Outcome;
  error?: AppErrorShape;
}

export interface SessionState {
  policy: RevealPolicy;
  count: number;
  /** 0 … count; `count` means the round is finished. */
  position: number;
  /** When the current question appeared, for the answer's elapsed time. */
  shownAt: number;
  answers: Record<string, ItemAnswer>;
  /** The learner tried to submit without choosing anything. */
  needAnswer: boolean;
}

export type SessionAction =
  | { type: 'select'; id: string; response: Response }
  | { type: 'submit'; id: string; eventId: string }
  | { type: 'saved'; id: string; outcome: Outcome }
  | { type: 'failed'; id: string; error: AppErrorShape }
  | { type: 'move'; to: number; at: number }
  | { type: 'new-round'; at: number }
  | { type: 'need-answer' }
  /** The saved answer was taken back (study.undo): the question is unanswered again, its clock restarted. */
  | { type: 'undone'; id: string; at: number };

const EMPTY: ItemAnswer = { selection: null, status: 'editing' };

export function initialSession(count: number, position: number, policy: RevealPolicy, at: number): SessionState {
  return { policy, count, position: clamp(position, count), shownAt: at, answers: {}, needAnswer: false };
}

export function answerOf(state: SessionState, id: string): ItemAnswer {
  return state.answers[id] ?? EMPTY;
}

/** A choice can still change: nothing sent yet, or the send failed and may be retried. */
export const canEdit = (a: ItemAnswer) => a.status === 'editing' || a.status === 'failed';

export function hasAnswer(selection: Response | null): selection is Response {
  return selection !== null && (selection.kind === 'judge' || selection.selected.length > 0);
}

/** The outcome the learner may see now under the session's reveal policy. */
export function visibleOutcome(state: SessionState, id: string): Outcome | undefined {
  const outcome = answerOf(state, id).outcome;
  return state.policy === 'immediate' || state.position === state.count ? outcome : undefined;
}

/** What Enter (and the primary button) does on the current question: one thing, always. */
export function primaryAction(state: SessionState, id: string | undefined): 'submit' | 'next' | 'none' {
  if (id === undefined || state.position >= state.count) return 'none';
  const a = answerOf(state, id);
  if (a.status === 'saving') return 'none';
  return a.status === 'done' ? 'next' : 'submit';
}

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  const put = (id: string, a: ItemAnswer): SessionState => ({ ...state, answers: { ...state.answers, [id]: a } });
  switch (action.type) {
    case 'select': {
      const a = answerOf(state, action.id);
      if (!canEdit(a)) return state;
      return { ...put(action.id, { ...a, selection: action.response }), needAnswer: false };
    }
    case 'submit': {
      const a = answerOf(state, action.id);
      if (!canEdit(a) || !hasAnswer(a.selection)) return state;
      const { error: _, ...rest } = a;
      return put(action.id, { ...rest, status: 'saving', eventId: a.eventId ?? action.eventId });
    }
    case 'saved': {
      const a = answerOf(state, action.id);
      if (a.status !== 'saving') return state;
      return put(action.id, { ...a, status: 'done', outcome: action.outcome });
    }
    case 'failed': {
      const a = answerOf(state, action.id);
      if (a.status !== 'saving') return state;
      return put(action.id, { ...a, status: 'failed', error: action.error });
    }
    case 'move': {
      const to = clamp(action.to, state.count);
      if (to === state.position) return state;
      return { ...state, position: to, shownAt: action.at, needAnswer: false };
    }
    case 'new-round':
      return { ...state, position: 0, shownAt: action.at, answers: {}, needAnswer: false };
    case 'need-answer':
      return { ...state, needAnswer: true };
    case 'undone': {
      if (answerOf(state, action.id).status !== 'done') return state;
      const { [action.id]: _, ...answers } = state.answers;
      return { ...state, answers, shownAt: action.at, needAnswer: false };
    }
  }
}

const clamp = (n: number, count: number) => Math.max(0, Math.min(n, count));

/** Picking option `original` (bank order) given the current selection. */
export function pick(selection: Response | null, original: number, multiple: boolean): Response {
  if (!multiple) return { kind: 'choice', selected: [original] };
  const current = selection?.kind === 'choice' ? selection.selected : [];
  const selected = current.includes(original) ? current.filter((i) => i !== original) : [...current, original];
  return { kind: 'choice', selected };
}

export const LETTERS = 'ABCDEFGH';
