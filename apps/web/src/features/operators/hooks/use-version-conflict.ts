import { useCallback } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/client.ts';

export function isVersionConflict(error: ApiError): boolean {
  return error.status === 409 || error.code === 'VERSION_CONFLICT';
}

/** Tells the user someone else saved first and offers to load the latest version. */
export function useVersionConflict() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  return useCallback(
    (onReload: () => void) => {
      modal.confirm({
        title: t('operators.conflict.title'),
        content: t('operators.conflict.content'),
        okText: t('operators.conflict.reload'),
        cancelText: t('common.cancel'),
        onOk: onReload,
      });
    },
    [modal, t],
  );
}
