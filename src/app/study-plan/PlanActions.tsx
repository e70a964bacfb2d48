/** Export the plan (Markdown, CSV, print) and move progress in and out as JSON. */
import { useRef } from 'react';
import { downloadBlob } from '../export/download';
import type { Lang } from '../state/types';
import { planStrings } from './strings';

/** A byte-order mark makes Excel open UTF-8 CSV with its Chinese intact. */
const CSV_BOM = '\ufeff';
/** Progress files are small; anything larger is not one. */
const MAX_IMPORT_BYTES = 5_000_000;

interface Props {
  lang: Lang;
  markdown: () => string;
  csv: () => string;
  progressJson: () => string;
  onImport: (text: string) => void;
  onImportFailed: (problem: string) => void;
  onReset: () => void;
}

export function PlanActions({ lang, markdown, csv, progressJson, onImport, onImportFailed, onReset }: Props) {
  const s = planStrings(lang);
  const fileInput = useRef<HTMLInputElement>(null);
  const save = (text: string, type: string, name: string) => downloadBlob(new Blob([text], { type }), name);
  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) onImportFailed(`${file.name} is larger than ${MAX_IMPORT_BYTES / 1_000_000} MB`);
    else onImport(await file.text());
  };
  return (
    <div className="sp-actions sp-no-print">
      <button type="button" data-action="export-plan-markdown" onClick={() => save(markdown(), 'text/markdown;charset=utf-8', 'study-plan.md')}>
        {s.exportMarkdown}
      </button>
      <button type="button" data-action="export-plan-csv" onClick={() => save(CSV_BOM + csv(), 'text/csv;charset=utf-8', 'study-plan.csv')}>
        {s.exportCsv}
      </button>
      <button type="button" data-action="print-plan" onClick={() => window.print()}>
        {s.print}
      </button>
      <span className="sp-separator" aria-hidden="true" />
      <button
        type="button"
        data-action="export-plan-progress"
        onClick={() => save(progressJson(), 'application/json', 'study-progress.json')}
      >
        {s.exportProgress}
      </button>
      <button type="button" data-action="import-plan-progress" onClick={() => fileInput.current?.click()}>
        {s.importProgress}
      </button>
      <input
        ref={fileInput}
        type="file"
        accept="application/json,.json"
        hidden
        data-input="import-plan-progress"
        onChange={(event) => {
          const input = event.currentTarget;
          void readFile(input.files?.[0]).finally(() => {
            input.value = '';
          });
        }}
      />
      <button
        type="button"
        data-action="reset-plan-progress"
        onClick={() => {
          if (window.confirm(s.resetConfirm)) onReset();
        }}
      >
        {s.resetProgress}
      </button>
    </div>
  );
}
