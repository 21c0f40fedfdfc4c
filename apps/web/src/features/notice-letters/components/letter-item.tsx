import { Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TNoticeLetter } from '@shian/shared/notice-letter';
import { LetterTags } from './letter-tags.tsx';

/** One row of the register or of the addressee's list: kind, addressee, number, state, deadline. */
export function LetterItem({ letter: l, to }: { letter: TNoticeLetter; to: string }) {
  const { t } = useTranslation();
  return (
    <List.Item data-testid="letter-item">
      <Flex vertical gap={4} style={{ width: '100%' }}>
        <Flex gap={8} wrap align="center">
          <Tag>{t(`noticeLetters.kinds.${l.kind}`)}</Tag>
          <Link to={to}>
            <Typography.Text strong>{l.addressee}</Typography.Text>
          </Link>
          <LetterTags letter={l} />
        </Flex>
        <Typography.Text type="secondary">{[l.number ?? t('noticeLetters.noNumber'), t('noticeLetters.dueOn', { date: l.answerDueOn }), l.reason].join(' · ')}</Typography.Text>
      </Flex>
    </List.Item>
  );
}
