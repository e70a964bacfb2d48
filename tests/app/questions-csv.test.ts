import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeCell, parseQuestionsCsv, questionsToCsv, toCsvRow, unescapeCell } from '../../src/app/export/questions-csv';
import { questionsToJson } from '../../src/app/export/questions-json';
import { makeQuestion, questions } from './fixtures';

describe('questionsToCsv', () => {
  it('starts with a UTF-8 BOM and a header row', () => {
    const csv = questionsToCsv(questions);
    expect(csv.startsWith('\uFEFFid,post_id,source,post_kind,company,round,seq,kind,topics,areas,leetcode,text,line\r\n')).toBe(true);
  });

  it('escapes cells a spreadsheet would run as formulas', () => {
    const risky = makeQuestion({ id: 'x', text: '=HYPERLINK("http://evil","click")' });
    const csv = questionsToCsv([risky]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""click"")"`);
    for (const start of ['=', '+', '-', '@', '\t', '\r', "'"]) {
      expect(escapeCell(`${start}1`)).toBe(`'${start}1`);
      expect(unescapeCell(escapeCell(`${start}1`))).toBe(`${start}1`);
    }
    expect(escapeCell('普通文本')).toBe('普通文本');
  });

  it('parses back to the same rows', () => {
    const rows = parseQuestionsCsv(questionsToCsv(questions));
    expect(rows).toEqual(questions.map(toCsvRow));
  });

  it('parses back to the same rows for any text, however hostile', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 8 }), (texts) => {
        const rows = texts.map((text, i) => makeQuestion({ id: `q${i}`, text }));
        expect(parseQuestionsCsv(questionsToCsv(rows))).toEqual(rows.map(toCsvRow));
      }),
      { numRuns: 200 },
    );
  });
});

describe('questionsToJson', () => {
  it('keeps the loader objects as they are', () => {
    expect(JSON.parse(questionsToJson(questions))).toEqual(questions);
  });
});
