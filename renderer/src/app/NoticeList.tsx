import { useTranslation } from 'react-i18next';
import type { Notice } from '@host/domains/app/contract';

export function NoticeList({ notices, onDismiss }: { notices: Notice[]; onDismiss: (id: string) => void }) {
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} className="message message-warning" role="status" data-notice={n.code}>
          <p>{t(`notice.${n.code}`, n.params)}</p>
          <button type="button" className="button" onClick={() => onDismiss(n.id)}>
            {t('notice.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
