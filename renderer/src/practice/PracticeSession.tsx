import { useEffect, useMemo, useReducer, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { PracticeSession as SessionData } from '@host/domains/practice/contract';
import { verdict } from '@core/practice/marks';
import { errorOf } from '../api/client';
import { mutate } from '../api/queries';
import { ErrorMessage } from '../app/ErrorMessage';
import { ProgressBar } from '../app/ProgressBar';
import { ChapterTitle } from '../app/ChapterTitle';
import { LawTitle } from '../app/LawTitle';
import { positionFromAt, practicePath, ROUTES } from '../app/routes';
import { AnswerSheet } from './AnswerSheet';
import { Feedback } from './Feedback';
import { FinishedRound } from './FinishedRound';
import { orderedSaves } from './ordered-saves';
import { PracticeActions } from './PracticeActions';
import { answerOf, canEdit, hasAnswer, initialSession, pick, primaryAction, sessionReducer, visibleOutcome } from './question-session';
import { QuestionView } from './QuestionView';
import { ModeSubtitle } from '../modes/ModeSubtitle';
import { usePracticeKeys } from './usePracticeKeys';
import { useArticleName } from '../library/article-name';

export function PracticeSession({ data, at }: { data: SessionData; at: string | undefined }) {
  const { t } = useTranslation();
  const articleName = useArticleName();
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const { scope, items, bank } = data;
  const count = items.length;
  const urlPosition = positionFromAt(at, count);
  const [state, dispatch] = useReducer(sessionReducer, undefined, () => initialSession(count, urlPosition ?? data.position, 'immediate', performance.now()));
  const sessionId = useMemo(() => crypto.randomUUID(), []);
  // Resume positions are saved in order; an earlier one never overwrites a later one.
  const saves = useMemo(() => orderedSaves((position: number) => mutate(client, 'practice.move', { scope, position }).then(() => undefined)), [client, scope]);
  const lastSaved = useRef(data.position);
  const stemRef = useRef<HTMLHeadingElement>(null);
  const feedbackRef = useRef<HTMLHeadingElement>(null);
  const sheetRef = useRef<HTMLDialogElement>(null);

  const go = (to: number) => {
    if (to < 0 || to > count) return;
    navigate(practicePath(scope, to, count), { replace: true });
  };

  // The URL is where the learner is: Back/Forward, a bookmark or the answer sheet move the session.
  useEffect(() => {
    if (urlPosition === undefined) navigate(practicePath(scope, state.position, count), { replace: true });
    else dispatch({ type: 'move', to: urlPosition, at: performance.now() });
  }, [urlPosition]); // eslint-disable-line react-hooks/exhaustive-deps -- follows the URL only

  // Every new question starts at the top, with focus on its stem (not on the button clicked).
  useEffect(() => {
    if (state.position !== lastSaved.current) {
      lastSaved.current = state.position;
      saves.push(state.position);
    }
    window.scrollTo({ top: 0 });
    stemRef.current?.focus({ preventScroll: true });
  }, [state.position, saves]);

  const item = items[state.position];
  const answer = item ? answerOf(state, item.id) : undefined;
  const outcome = item ? visibleOutcome(state, item.id) : undefined;

  const submit = async () => {
    if (!item || !answer || !canEdit(answer)) return;
    if (!hasAnswer(answer.selection)) return dispatch({ type: 'need-answer' });
    const eventId = answer.eventId ?? crypto.randomUUID();
    dispatch({ type: 'submit', id: item.id, eventId });
    try {
      const { result } = await mutate(client, 'practice.answer', {
        id: eventId,
        scope,
        bankId: item.bankId,
        questionId: item.id,
        response: answer.selection,
        elapsedMs: Math.round(performance.now() - state.shownAt),
        sessionId,
      });
      dispatch({ type: 'saved', id: item.id, outcome: { saved: result.saved, correct: result.correct, reveal: result.reveal } });
      requestAnimationFrame(() => feedbackRef.current?.focus({ preventScroll: true }));
    } catch (e) {
      dispatch({ type: 'failed', id: item.id, error: errorOf(e) });
    }
  };

  const primary = () => {
    const action = primaryAction(state, item?.id);
    if (action === 'submit') void submit();
    else if (action === 'next') go(state.position + 1);
  };

  usePracticeKeys({
    judge: item?.type === 'judge',
    onPick: (shown) => {
      const original = item?.order?.[shown];
      if (item && original !== undefined && answer) dispatch({ type: 'select', id: item.id, response: pick(answer.selection, original, item.type === 'multiple') });
    },
    onJudge: (value) => item?.type === 'judge' && dispatch({ type: 'select', id: item.id, response: { kind: 'judge', value } }),
    onEnter: primary,
    onPrevious: () => go(state.position - 1),
    onNext: () => go(state.position + 1),
  });

  const answeredHere = items.filter((i) => data.progress[i.id]).length;
  const title = (
    <div className="practice-heading">
      <h1 className="practice-title">
        {bank ? <LawTitle title={bank.title} /> : t('practice.allBanks')}
      </h1>
      {data.chapterTitle && (
        <p className="practice-chapter">
          <ChapterTitle title={data.chapterTitle} />
        </p>
      )}
      {scope.kind === 'wrong' && <p className="practice-chapter">{t('practice.review')}</p>}
      {(scope.kind === 'mistakes' || scope.kind === 'favourites') && <p className="practice-chapter">{t(scope.kind === 'mistakes' ? 'study.practiceTitle' : 'study.favouritesTitle')}</p>}
      {scope.kind === 'article' && <p className="practice-chapter">{articleName(scope.article)}</p>}
      <ModeSubtitle scope={scope} />
      {scope.kind === 'due' && <p className="practice-chapter">{t('review.practiceTitle')}</p>}
    </div>
  );

  if (count === 0 || !item || !answer) {
    return (
      <div className="practice" data-finished={count > 0 || undefined}>
        <div className="practice-top">
          <Link href={ROUTES.home} className="button button-quiet">
            ← {t('practice.back')}
          </Link>
          {title}
        </div>
        {count === 0 ? (
          <div className="card">
            <p>{scope.kind === 'wrong' ? t('practice.noWrong') : scope.kind === 'mistakes' ? t('study.noMistakes') : scope.kind === 'favourites' ? t('study.noFavourites') : t('practice.empty')}</p>
            <Link href={ROUTES.home} className="button button-primary">
              {t('practice.toHome')}
            </Link>
          </div>
        ) : (
          <FinishedRound data={data} onNewRound={() => (dispatch({ type: 'new-round', at: performance.now() }), go(0))} />
        )}
      </div>
    );
  }

  return (
    <div className="practice" data-question-id={item.id} data-position={state.position}>
      <div className="practice-top">
        <Link href={ROUTES.home} className="button button-quiet">
          ← {t('practice.back')}
        </Link>
        {title}
        <p className="practice-position" aria-live="polite">
          {t('practice.position', { n: state.position + 1, total: count })}
        </p>
        <button type="button" className="button" onClick={() => sheetRef.current?.showModal()} data-action="answer-sheet">
          {t('practice.sheet')}
        </button>
      </div>
      <ProgressBar value={answeredHere} max={count} label={t('practice.progressLabel')} />

      <div className="practice-grid">
        <div className="practice-main">
          <QuestionView
            item={item}
            answer={answer}
            outcome={outcome}
            previous={data.progress[item.id]}
            stemRef={stemRef}
            onSelect={(response) => dispatch({ type: 'select', id: item.id, response })}
          />
          {state.needAnswer && (
            <p className="message message-info" role="alert">
              {t('practice.pickFirst')}
            </p>
          )}
          {answer.status === 'failed' && answer.error && <ErrorMessage error={answer.error} onRetry={() => void submit()} />}
          <PracticeActions
            position={state.position}
            count={count}
            action={primaryAction(state, item.id)}
            saving={answer.status === 'saving'}
            answered={answer.status === 'done'}
            onPrevious={() => go(state.position - 1)}
            onPrimary={primary}
            onSkip={() => go(state.position + 1)}
            verdict={outcome && answer.selection ? verdict(answer.selection, outcome.reveal.key) : undefined}
          />
        </div>
        <aside className="practice-side" aria-live="polite">
          {outcome && answer.selection && (
            <Feedback
              ref={feedbackRef}
              item={item}
              selection={answer.selection}
              outcome={outcome}
              laws={data.laws}
              eventId={answer.eventId}
              onUndone={() => (dispatch({ type: 'undone', id: item.id, at: performance.now() }), stemRef.current?.focus({ preventScroll: true }))}
            />
          )}
        </aside>
      </div>
      <p className="keys-hint">{t('practice.keysHint')}</p>
      <AnswerSheet ref={sheetRef} items={items} state={state} progress={data.progress} onJump={(to) => (sheetRef.current?.close(), go(to))} />
    </div>
  );
}
