/** Downloads the questions under every active filter as CSV (for Excel) or JSON. */
import type { Question } from '../../loader/types';
import { downloadBlob } from '../export/download';
import { questionsToCsv } from '../export/questions-csv';
import { questionsToJson } from '../export/questions-json';
import { useTranslate } from '../i18n/use-translate';

export function ExportButtons({ questions, disabled }: { questions: readonly Question[]; disabled: boolean }) {
  const t = useTranslate();
  return (
    <div className="export-buttons" role="group" aria-label={t('export.label')}>
      <button
        type="button"
        data-action="export-csv"
        disabled={disabled}
        onClick={() =>
          downloadBlob(new Blob([questionsToCsv(questions)], { type: 'text/csv;charset=utf-8' }), 'mianjing-questions.csv')
        }
      >
        {t('export.csv')}
      </button>
      <button
        type="button"
        data-action="export-json"
        disabled={disabled}
        onClick={() =>
          downloadBlob(new Blob([questionsToJson(questions)], { type: 'application/json' }), 'mianjing-questions.json')
        }
      >
        {t('export.json')}
      </button>
    </div>
  );
}
