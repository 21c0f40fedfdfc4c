import { useParams } from 'react-router-dom';
import { LawDocumentView } from '../components/law-document-view.tsx';

export function LawDocumentPage() {
  const { id } = useParams();
  return <LawDocumentView id={id!} base="/laws" />;
}
