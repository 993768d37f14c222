import { useId, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { REVIEW_DAILY_LIMIT, REVIEW_NEW_LIMIT, type Settings, type SettingsPatch } from '@core/settings/options';
import type { AppErrorShape } from '@core/ipc/envelope';
import { errorOf } from '../api/client';
import { mutate } from '../api/queries';
import { ErrorMessage } from '../app/ErrorMessage';
import './review.css';

/** 考试计划 and 今日复习 limits. A value is saved when the field is left or Enter is pressed. */
export function ReviewSettings({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const id = useId();
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [rangeError, setRangeError] = useState<string | null>(null);
  // Each field keeps what the learner typed until it is saved (or refused).
  const [exam, setExam] = useState(settings.examDate ?? '');
  const [daily, setDaily] = useState(String(settings.reviewDailyLimit));
  const [fresh, setFresh] = useState(String(settings.reviewNewLimit));

  const save = async (patch: SettingsPatch, undo: () => void) => {
    try {
      await mutate(client, 'settings.update', patch);
      setError(null);
    } catch (e) {
      setError(errorOf(e));
      undo();
    }
  };
  const saveExam = () => {
    const next = exam === '' ? null : exam;
    if (next !== settings.examDate) void save({ examDate: next }, () => setExam(settings.examDate ?? ''));
  };
  const saveLimit = (key: 'reviewDailyLimit' | 'reviewNewLimit', text: string, reset: () => void) => {
    const n = Number(text);
    const range = key === 'reviewDailyLimit' ? REVIEW_DAILY_LIMIT : REVIEW_NEW_LIMIT;
    if (text.trim() === '' || !Number.isInteger(n) || n < range.min || n > range.max) {
      setRangeError(t('review.limitRange', range));
      reset();
      return;
    }
    setRangeError(null);
    if (n !== settings[key]) void save({ [key]: n }, reset);
  };
  const enter = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') e.currentTarget.blur();
  };

  return (
    <fieldset className="card review-settings" data-testid="review-settings">
      <legend>{t('review.settingsTitle')}</legend>
      {error && <ErrorMessage error={error} />}
      {rangeError && (
        <p className="message message-error" role="alert">
          {rangeError}
        </p>
      )}
      <div className="review-fields">
        <div className="field">
          <label htmlFor={`${id}-exam`}>{t('review.examDate')}</label>
          <span className="field-control">
            <input id={`${id}-exam`} type="date" value={exam} onChange={(e) => setExam(e.target.value)} onBlur={saveExam} onKeyDown={enter} data-testid="exam-date" />
            {settings.examDate !== null && (
              <button type="button" className="button button-quiet" onClick={() => (setExam(''), void save({ examDate: null }, () => undefined))}>
                {t('review.clearExamDate')}
              </button>
            )}
          </span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-daily`}>{t('review.dailyLimit')}</label>
          <input
            id={`${id}-daily`}
            type="number"
            inputMode="numeric"
            min={REVIEW_DAILY_LIMIT.min}
            max={REVIEW_DAILY_LIMIT.max}
            value={daily}
            onChange={(e) => setDaily(e.target.value)}
            onBlur={() => saveLimit('reviewDailyLimit', daily, () => setDaily(String(settings.reviewDailyLimit)))}
            onKeyDown={enter}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-new`}>{t('review.newLimit')}</label>
          <input
            id={`${id}-new`}
            type="number"
            inputMode="numeric"
            min={REVIEW_NEW_LIMIT.min}
            max={REVIEW_NEW_LIMIT.max}
            value={fresh}
            onChange={(e) => setFresh(e.target.value)}
            onBlur={() => saveLimit('reviewNewLimit', fresh, () => setFresh(String(settings.reviewNewLimit)))}
            onKeyDown={enter}
          />
        </div>
      </div>
    </fieldset>
  );
}
