/**
 * The frame every chart sits in: a title, the sample size, optional controls, and buttons that
 * download the chart (the first <svg> of the body) as SVG or PNG, title and n included.
 */
import { useRef, useState, type ReactNode } from 'react';
import type { Lang } from '../state/types';
import { pngBlob, saveBlob, serializeChart, svgBlob } from './download';
import { chartText } from './strings';
import './charts.css';

export interface ChartFrameProps {
  readonly title: string;
  /** The sample size, e.g. "n = 412 questions · 57 posts". */
  readonly note: string;
  /** Download file name without extension. */
  readonly fileName: string;
  readonly lang: Lang;
  readonly controls?: ReactNode;
  readonly children: ReactNode;
}

export function ChartFrame({ title, note, fileName, lang, controls, children }: ChartFrameProps) {
  const body = useRef<HTMLDivElement | null>(null);
  const [error, setError] = useState('');

  const download = async (format: 'svg' | 'png'): Promise<void> => {
    const svg = body.current?.querySelector('svg');
    if (svg === null || svg === undefined) return;
    try {
      const chart = serializeChart(svg, { title, note });
      saveBlob(format === 'svg' ? svgBlob(chart) : await pngBlob(chart), `${fileName}.${format}`);
      setError('');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <figure className="chart-frame">
      <figcaption className="chart-header">
        <div>
          <h3 className="chart-title">{title}</h3>
          <p className="chart-note">{note}</p>
        </div>
        <div className="chart-actions">
          <button
            type="button"
            aria-label={chartText(lang, 'downloadLabel', { title, format: 'SVG' })}
            onClick={() => void download('svg')}
          >
            {chartText(lang, 'downloadSvg')}
          </button>
          <button
            type="button"
            aria-label={chartText(lang, 'downloadLabel', { title, format: 'PNG' })}
            onClick={() => void download('png')}
          >
            {chartText(lang, 'downloadPng')}
          </button>
        </div>
      </figcaption>
      {controls !== undefined && <div className="chart-controls">{controls}</div>}
      <div className="chart-body" data-chart-body="" ref={body}>
        {children}
      </div>
      {error !== '' && (
        <p className="chart-error" role="alert">
          {error}
        </p>
      )}
    </figure>
  );
}
