import { useState } from 'react';
import { Button, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { NOTICE_LETTER_KINDS, NOTICE_LETTER_STATUSES } from '@shian/shared/notice-letter';
import { FilterBar, SelectFilter } from '../../../components/list-shell/filters.tsx';
import { matching, oneOf, UUID } from '../../../components/list-shell/list-params.ts';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { listLetters } from '../api/notice-letters-api.ts';
import { LetterCreateModal, type TLetterPrefill } from '../components/letter-create-modal.tsx';
import { LetterItem } from '../components/letter-item.tsx';

/** `?create=reminder&operatorId=…&reason=…` (or `create=rectification&inspectionId=…`) opens the draft form filled in. */
function prefillOf(search: URLSearchParams): TLetterPrefill | null {
  const kind = oneOf(NOTICE_LETTER_KINDS)(search.get('create'));
  if (!kind) return null;
  const id = (name: string) => matching(UUID)(search.get(name));
  return { kind, operatorId: id('operatorId'), inspectionId: id('inspectionId'), interviewId: id('interviewId'), reason: search.get('reason')?.slice(0, 500) || undefined };
}

/** 两书一函登记簿: every notice and letter of the user's scope, by kind and state, the late answers in red. */
export function NoticeLetterListPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const [creating, setCreating] = useState<TLetterPrefill | null>(() => prefillOf(search));
  const list = useList(
    { params: { kind: oneOf(NOTICE_LETTER_KINDS), status: oneOf(NOTICE_LETTER_STATUSES), overdue: oneOf(['true']), operatorId: matching(UUID) } },
    ({ filters, page, pageSize }, signal) => listLetters({ ...filters, page, pageSize }, signal),
  );

  function closeForm() {
    setCreating(null);
    // The link's parameters open the form once; a reload after closing it shows the register.
    if (search.has('create')) {
      const next = new URLSearchParams(search);
      for (const key of ['create', 'reason', 'inspectionId', 'interviewId']) next.delete(key);
      if (!list.filters.operatorId) next.delete('operatorId');
      setSearch(next, { replace: true });
    }
  }

  return (
    <ListShell
      list={list}
      title={t('noticeLetters.listTitle')}
      extra={
        can('notice-letter.issue') && (
          <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setCreating({ kind: 'reminder' })} data-testid="letter-create">
            {t('noticeLetters.create')}
          </Button>
        )
      }
      filters={
        <>
          <Typography.Paragraph type="secondary">{t('noticeLetters.hint')}</Typography.Paragraph>
          <FilterBar>
            <SelectFilter
              list={list}
              name="kind"
              all={t('noticeLetters.allKinds')}
              options={NOTICE_LETTER_KINDS.map((k) => ({ value: k, label: t(`noticeLetters.kinds.${k}`) }))}
              style={{ minWidth: 140 }}
            />
            <SelectFilter
              list={list}
              name="status"
              all={t('noticeLetters.allStatuses')}
              options={NOTICE_LETTER_STATUSES.map((s) => ({ value: s, label: t(`noticeLetters.status.${s}`) }))}
              style={{ minWidth: 120 }}
            />
            <SelectFilter
              list={list}
              name="overdue"
              placeholder={t('noticeLetters.overdueFilter')}
              options={[{ value: 'true', label: t('noticeLetters.overdueFilter') }]}
              style={{ minWidth: 140 }}
            />
          </FilterBar>
        </>
      }
      emptyText={t('noticeLetters.empty')}
      pagination={{ size: 'small' }}
      renderItem={(l) => <LetterItem key={l.id} letter={l} to={`/notice-letters/${l.id}`} />}
    >
      {creating && <LetterCreateModal prefill={creating} onClose={closeForm} onCreated={(created) => navigate(`/notice-letters/${created.id}`)} />}
    </ListShell>
  );
}
