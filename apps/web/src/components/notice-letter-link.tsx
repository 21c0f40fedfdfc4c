import { Button } from 'antd';
import { FileTextOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/auth-context.ts';

type TProps = { operatorId: string } & ({ kind: 'rectification'; inspectionId: string } | { kind: 'interview'; interviewId: string });

/**
 * "出具整改通知书" where an inspection's demands are shown, "登记约谈通知书" on an issued interview: opens the draft form of
 * the notice register (features/notice-letters) with the inspection or interview cited.
 */
export function NoticeLetterLink(props: TProps) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const navigate = useNavigate();
  if (!can('notice-letter.issue')) return null;
  const query = new URLSearchParams({ create: props.kind, operatorId: props.operatorId });
  if (props.kind === 'rectification') query.set('inspectionId', props.inspectionId);
  else query.set('interviewId', props.interviewId);
  return (
    <Button size="small" icon={<FileTextOutlined />} onClick={() => navigate(`/notice-letters?${query}`)} data-testid={`notice-letter-${props.kind}`}>
      {props.kind === 'rectification' ? t('noticeLetters.fromInspection') : t('noticeLetters.fromInterview')}
    </Button>
  );
}
