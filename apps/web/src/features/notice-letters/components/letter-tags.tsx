import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TNoticeLetter, TNoticeLetterStatus } from '@shian/shared/notice-letter';

const COLOURS: Record<TNoticeLetterStatus, string> = { draft: 'default', issued: 'orange', delivered: 'blue', answered: 'cyan', closed: 'green' };

/** The letter's state, and a red "overdue" when its answer is late. */
export function LetterTags({ letter }: { letter: Pick<TNoticeLetter, 'status' | 'overdue'> }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color={COLOURS[letter.status]} data-testid="letter-status">
        {t(`noticeLetters.status.${letter.status}`)}
      </Tag>
      {letter.overdue && (
        <Tag color="red" data-testid="letter-overdue">
          {t('noticeLetters.overdue')}
        </Tag>
      )}
    </>
  );
}
