import { useState } from 'react';
import { Spin } from 'antd';
import { useParams } from 'react-router-dom';
import type { TExam } from '@shian/shared/exam';
import { useApi } from '../../../api/use-api.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { getExam } from '../api/exams-api.ts';
import { ExamResult } from '../components/exam-result.tsx';
import { ExamSheet } from '../components/exam-sheet.tsx';

/** One exam: the answering screen while it is open (online, or a spot exam on the inspector's phone), the result after. */
export function ExamPage() {
  const { id = '' } = useParams();
  const { data, error, reload } = useApi((signal) => getExam(id, signal), [id]);
  const [submitted, setSubmitted] = useState<TExam | null>(null);
  if (error) return <LoadError error={error} onRetry={reload} />;
  const exam = submitted?.id === id ? submitted : data;
  if (!exam || exam.id !== id) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  return exam.submittedAt ? <ExamResult exam={exam} /> : <ExamSheet key={exam.id} exam={exam} onSubmitted={setSubmitted} />;
}
