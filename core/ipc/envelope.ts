/** Every call across the process boundary answers with one of these; nothing throws across it. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

export type ErrorCode =
  | 'ipc.unknown-channel'
  | 'ipc.bad-request'
  | 'ipc.forbidden'
  | 'bank.not-found'
  | 'chapter.not-found'
  | 'question.not-found'
  | 'store.write-failed'
  /** The answer named cannot be taken back (not from this sitting, an exam answer, undone already). */
  | 'answer.not-undoable'
  /** 考试计划: the exam date given has already passed. */
  | 'settings.exam-date-past'
  /** The host process is gone (web host stopped, main process busy dying). */
  | 'host.unreachable'
  | 'internal';

export interface AppErrorShape {
  code: ErrorCode;
  /** English, for logs; the UI shows its own translation of `code`. */
  message: string;
}

/** Thrown by handlers for expected failures; the dispatcher turns it into an error envelope. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
