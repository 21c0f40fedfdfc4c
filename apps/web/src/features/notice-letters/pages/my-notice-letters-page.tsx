import { useTranslation } from 'react-i18next';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { listLetters } from '../api/notice-letters-api.ts';
import { LetterItem } from '../components/letter-item.tsx';

/** 我的文书: the notices and letters the business (or the cadre's unit) received, on a phone. */
export function MyNoticeLettersPage() {
  const { t } = useTranslation();
  const list = useList({ params: {} }, ({ page, pageSize }, signal) => listLetters({ page, pageSize }, signal));
  return (
    <ListShell
      list={list}
      title={t('noticeLetters.myTitle')}
      emptyText={t('noticeLetters.myEmpty')}
      pagination={{ size: 'small' }}
      renderItem={(l) => <LetterItem key={l.id} letter={l} to={`/my-notice-letters/${l.id}`} />}
    />
  );
}
