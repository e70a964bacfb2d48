/**
 * Chart export without a network: the chart's SVG is cloned into a standalone document (theme
 * variables resolved to their current values, title and sample size on top), saved as .svg, or
 * drawn onto an offscreen canvas through a blob: URL and saved as .png.
 */
import { BG, FG, MUTED } from './palette';

export interface ExportHeader {
  readonly title: string;
  readonly note: string;
}

export interface SerializedChart {
  readonly text: string;
  readonly width: number;
  readonly height: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Theme variables the charts read (see palette.ts), resolved into the exported file. */
const THEME_VARIABLES: readonly string[] = ['--text', '--text-muted', '--border', '--surface'];
const HEADER_HEIGHT = 48;

function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox?.baseVal;
  const width = Number(svg.getAttribute('width')) || box?.width || 0;
  const height = Number(svg.getAttribute('height')) || box?.height || 0;
  return { width, height };
}

export function serializeChart(svg: SVGSVGElement, header: ExportHeader): SerializedChart {
  const doc = svg.ownerDocument;
  const style = doc.defaultView?.getComputedStyle(svg);
  const { width, height } = sizeOf(svg);
  const total = height + HEADER_HEIGHT;

  const root = doc.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(total));
  root.setAttribute('viewBox', `0 0 ${width} ${total}`);
  root.setAttribute('font-family', style?.fontFamily || 'sans-serif');
  const variables = THEME_VARIABLES.map((name) => [name, style?.getPropertyValue(name).trim() ?? ''])
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `${name}: ${value};`)
    .join(' ');
  const css = doc.createElementNS(SVG_NS, 'style');
  css.textContent = `svg { ${variables} } [role="button"] { outline: none; }`;
  root.append(css);

  const background = doc.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(total));
  background.setAttribute('fill', BG);
  root.append(background);

  const lines: [string, number, string, string][] = [
    [header.title, 20, '15', FG],
    [header.note, 38, '12', MUTED],
  ];
  for (const [text, y, size, fill] of lines) {
    const node = doc.createElementNS(SVG_NS, 'text');
    node.setAttribute('x', '8');
    node.setAttribute('y', String(y));
    node.setAttribute('font-size', size);
    node.setAttribute('fill', fill);
    node.textContent = text;
    root.append(node);
  }

  const body = svg.cloneNode(true) as SVGSVGElement;
  body.setAttribute('y', String(HEADER_HEIGHT));
  body.removeAttribute('style');
  root.append(body);
  return { text: new XMLSerializer().serializeToString(root), width, height: total };
}

export function svgBlob(chart: SerializedChart): Blob {
  return new Blob([chart.text], { type: 'image/svg+xml;charset=utf-8' });
}

export async function pngBlob(chart: SerializedChart, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(svgBlob(chart));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(chart.width * scale);
    canvas.height = Math.ceil(chart.height * scale);
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('No 2D canvas available.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, chart.width, chart.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
