/**
 * Adds posts: drop files or pick them (.txt/.md/.csv), or paste one post's text. Lists what was
 * imported, with remove and reset; parsing progress shows while the worker runs.
 */
import { useRef, useState, type DragEvent } from 'react';
import { sortAcceptedFiles, pastedFile, readInputFile, acceptedExtensions } from '../data/accepted-files';
import { useDatasetController } from '../data/controller-context';
import { checkImportSize, formatBytes, importLimitBytes } from '../data/import-limits';
import { useTranslate } from '../i18n/use-translate';
import { useDashboard, useDispatch } from '../state/store-context';
import { LoadProgress } from './LoadProgress';
import { Modal } from './Modal';
import './import-panel.css';

/** Reads, filters and imports dropped or picked files; shared with the page-wide drop target. */
export function useFileImport(): (files: Iterable<File>) => Promise<void> {
  const controller = useDatasetController();
  const dispatch = useDispatch();
  const t = useTranslate();
  const imports = useDashboard((state) => state.imports);
  // Earlier imports are parsed again with the new files, so they count towards the limit.
  const importedBytes = imports.reduce((sum, file) => sum + file.size, 0);
  return async (files) => {
    const { accepted, rejected } = sortAcceptedFiles(files);
    if (rejected.length > 0) {
      dispatch({
        type: 'notify',
        notice: { key: 'notice.importFailed', detail: t('import.rejected', { names: rejected.map((file) => file.name).join(', ') }) },
      });
    }
    if (accepted.length === 0) return;
    // Checked on File.size, before a single byte is read into memory.
    const limit = importLimitBytes();
    const refusal = checkImportSize(accepted, limit, importedBytes);
    if (refusal !== undefined) {
      const detail =
        refusal.kind === 'file'
          ? t('import.tooLargeFile', { name: refusal.name, size: formatBytes(refusal.size), limit: formatBytes(limit) })
          : t('import.tooLargeTotal', { size: formatBytes(refusal.size), limit: formatBytes(limit) });
      dispatch({ type: 'notify', notice: { key: 'notice.importFailed', detail } });
      return;
    }
    await controller.importFiles(await Promise.all(accepted.map(readInputFile)));
  };
}


export function ImportPanel({ onClose }: { onClose: () => void }) {
  const t = useTranslate();
  const controller = useDatasetController();
  const imports = useDashboard((state) => state.imports);
  const importFiles = useFileImport();
  const fileInput = useRef<HTMLInputElement>(null);
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);
  const [confirmingReset, setConfirmingReset] = useState(false);

  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    event.stopPropagation();
    setDragging(false);
    void importFiles(event.dataTransfer.files);
  };

  return (
    <Modal title={t('import.title')} closeLabel={t('import.close')} onClose={onClose} attributes={{ 'data-dialog': 'import' }}>
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        data-role="drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <span>{t('import.drop')}</span>{' '}
        <button type="button" className="primary" data-action="choose-files" onClick={() => fileInput.current?.click()}>
          {t('import.choose')}
        </button>
        <input
          ref={fileInput}
          className="visually-hidden"
          type="file"
          multiple
          accept={acceptedExtensions.join(',')}
          data-role="file-input"
          tabIndex={-1}
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            event.currentTarget.value = '';
            void importFiles(files);
          }}
        />
      </div>

      <label className="paste-box">
        <span>{t('import.paste')}</span>
        <textarea
          data-role="paste-box"
          rows={6}
          value={pasted}
          placeholder={t('import.pastePlaceholder')}
          onChange={(event) => setPasted(event.currentTarget.value)}
        />
      </label>
      <button
        type="button"
        data-action="add-paste"
        disabled={pasted.trim() === ''}
        onClick={() => {
          const file = pastedFile(pasted, new Date());
          setPasted('');
          void controller.importFiles([file]);
        }}
      >
        {t('import.addPaste')}
      </button>

      <LoadProgress />

      <h3>{t('import.files')}</h3>
      {imports.length === 0 ? (
        <p className="import-empty">{t('import.noFiles')}</p>
      ) : (
        <ul className="import-list">
          {imports.map((file) => (
            <li key={file.name} data-import-name={file.name}>
              <span className="import-name">{file.name}</span>
              <span className="import-size">{formatBytes(file.size)}</span>
              <button
                type="button"
                data-action="remove-import"
                aria-label={t('import.remove', { name: file.name })}
                onClick={() => void controller.removeImport(file.name)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        data-action="reset-imports"
        className={confirmingReset ? 'danger' : undefined}
        disabled={imports.length === 0}
        onClick={() => {
          if (!confirmingReset) {
            setConfirmingReset(true);
            return;
          }
          setConfirmingReset(false);
          void controller.resetImports();
        }}
      >
        {confirmingReset ? t('import.resetConfirm') : t('import.reset')}
      </button>
    </Modal>
  );
}
