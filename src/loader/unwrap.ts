/**
 * Stage 2: text → raw posts. Scraper logs wrap the author's post in model banners, prompts, API
 * errors and OCR sections; this stage keeps what the author wrote (and what OCR recognised in
 * their images) and marks everything else as noise. A summary the LLM produced is not the
 * author's text, so it is noise too. A plain-text file is one post unless it has separators.
 */
import {
  IMAGE_PATH,
  LOG_START,
  MODEL_CALL,
  OCR_MARKER,
  OCR_SECTION,
  PROMPT_LINE,
  matchNoise,
  redactSecrets,
} from './rules/noise';
import { stripZeroWidth } from './text';

export interface SourceLine {
  /** 1-based line number in the file. */
  no: number;
  text: string;
  /** `ocr` lines were recognised from an image of the post. */
  origin: 'body' | 'ocr';
}

export interface RawPost {
  lines: SourceLine[];
  /** The folder of the post's images, which the scraper named after the post's title. */
  imageTitle: string;
}

export interface NoiseLine {
  no: number;
  rule: string;
}

export interface Unwrapped {
  posts: RawPost[];
  noise: NoiseLine[];
}

const GLUED_NEXT_LOG = /(?<=\S)(?<!当前)使用模型\s*[:：]/;

/** A line of only `=` (or of `-` between posts in a log) separates posts pasted into one file. */
const POST_SEPARATOR = /^\s*={3,}\s*$/;

/** Rules too loose for a post typed by a person: its own words may say 失败 or Error. */
const PLAIN_TEXT_SAFE = new Set(['failure', 'stack trace', 'http error']);

type LogState = 'preamble' | 'body' | 'ocr' | 'summary';

function titleFromImagePath(path: string): string {
  const parts = path.trim().split(/[\\/]/).filter(Boolean);
  return parts.length >= 2 ? (parts[parts.length - 2] ?? '') : '';
}

export function isScraperLog(lines: string[]): boolean {
  const first = lines.find((l) => l.trim() !== '');
  return first !== undefined && LOG_START.test(first);
}

/** isScraperLog of the text's lines, without splitting it: the line of its first non-space character. */
function startsAsScraperLog(text: string): boolean {
  // `\S` is exactly what `trim()` keeps, so this is the first line that is not blank.
  const firstNonSpace = text.search(/\S/);
  if (firstNonSpace === -1) return false;
  const lineEnd = text.indexOf('\n', firstNonSpace);
  const firstLine = text.slice(text.lastIndexOf('\n', firstNonSpace) + 1, lineEnd === -1 ? text.length : lineEnd);
  return LOG_START.test(firstLine);
}

/** Whether the separator at `index` and the next separator enclose one line of text between them, or it closes such a frame. */
function framesHeading(lines: readonly string[], index: number): boolean {
  const around = (step: number): string[] => {
    const found: string[] = [];
    for (let i = index + step; i >= 0 && i < lines.length && found.length < 2; i += step) {
      if (lines[i]!.trim() !== '') found.push(lines[i]!);
    }
    return found;
  };
  const [next, afterNext] = around(1);
  const [previous, beforePrevious] = around(-1);
  const opens = next !== undefined && !POST_SEPARATOR.test(next) && afterNext !== undefined && POST_SEPARATOR.test(afterNext);
  const closes = previous !== undefined && !POST_SEPARATOR.test(previous) && beforePrevious !== undefined && POST_SEPARATOR.test(beforePrevious);
  return opens || closes;
}

export function unwrap(text: string): Unwrapped {
  const isLog = startsAsScraperLog(text);
  // Zero-width characters would hide a key or a log line from the patterns below. Neither they nor
  // a key ever span a newline, so cleaning the whole text once is cleaning each of its lines.
  const lines = redactSecrets(stripZeroWidth(text)).split('\n');
  const noise: NoiseLine[] = [];
  const posts: RawPost[] = [];
  let current: RawPost = { lines: [], imageTitle: '' };
  let state: LogState = isLog ? 'preamble' : 'body';
  let ocrCallSeen = false;
  let ocrFailed = false;

  /** In a plain file, whether an OCR marker came since the post began. */
  let inOcr = false;
  const startPost = () => {
    if (current.lines.some((l) => l.text.trim() !== '') || current.imageTitle) posts.push(current);
    current = { lines: [], imageTitle: '' };
    inOcr = false;
  };
  const markNoise = (no: number, rule: string) => noise.push({ no, rule });

  for (let index = 0; index < lines.length; index++) {
    const no = index + 1;
    const line = lines[index]!;
    if (line.trim() === '') continue;

    if (POST_SEPARATOR.test(line)) {
      markNoise(no, 'post separator');
      // `=====` / `给学弟学妹的建议` / `=====` frames a section's heading; it starts no new post.
      if (!framesHeading(lines, index)) startPost();
      continue;
    }
    // The look-behinds make GLUED_NEXT_LOG slow to scan; it cannot match without its literal.
    if (isLog && line.includes('使用模型') && GLUED_NEXT_LOG.test(line)) {
      // A log concatenated without a newline: `处理失败使用模型: …` ends one post and starts the next.
      markNoise(no, 'failure');
      startPost();
      state = 'preamble';
      continue;
    }
    if (isLog && LOG_START.test(line) && (state === 'body' || state === 'summary')) {
      // A second banner outside an OCR section is the next post of a concatenated log.
      startPost();
      state = 'preamble';
    }
    if (isLog) {
      if (PROMPT_LINE.test(line) && state === 'preamble') {
        markNoise(no, 'prompt');
        state = 'body';
        continue;
      }
      if (OCR_SECTION.test(line)) {
        markNoise(no, 'ocr section header');
        state = 'ocr';
        ocrCallSeen = false;
        ocrFailed = false;
        continue;
      }
      const imagePath = IMAGE_PATH.exec(line);
      if (imagePath) {
        current.imageTitle ||= titleFromImagePath(imagePath[1] ?? '');
        markNoise(no, 'image path');
        continue;
      }
      if (MODEL_CALL.test(line)) {
        // In an OCR section the first call recognises the image; any later call (or one outside
        // a section) asks the model to summarise the post.
        if (state === 'ocr' && !ocrCallSeen && !ocrFailed) ocrCallSeen = true;
        else state = 'summary';
        markNoise(no, 'model call');
        continue;
      }
      const rule = matchNoise(line);
      if (rule) {
        if (rule.name === 'failure' && state === 'ocr') ocrFailed = true;
        markNoise(no, rule.name);
        continue;
      }
      if (state === 'preamble') {
        markNoise(no, 'log preamble');
        continue;
      }
      if (state === 'summary') {
        markNoise(no, 'llm summary');
        continue;
      }
      if (state === 'ocr') {
        if (!ocrCallSeen || ocrFailed) {
          markNoise(no, 'ocr log');
          continue;
        }
        current.lines.push({ no, text: line, origin: 'ocr' });
        continue;
      }
    } else {
      // Text recognised from the post's images, under a marker of its own, until the next post.
      if (OCR_MARKER.test(line)) {
        markNoise(no, 'ocr section header');
        inOcr = true;
        continue;
      }
      const rule = matchNoise(line);
      if (rule && !PLAIN_TEXT_SAFE.has(rule.name)) {
        markNoise(no, rule.name);
        continue;
      }
    }
    current.lines.push({ no, text: line, origin: inOcr ? 'ocr' : 'body' });
  }
  startPost();
  return { posts, noise };
}
