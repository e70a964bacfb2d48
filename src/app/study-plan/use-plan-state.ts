/**
 * The study plan's own state: progress marks and plan settings, both kept in localStorage and
 * checked on the way in, plus the one notice the view shows (a reset, an import's result).
 */
import { useCallback, useState } from 'react';
import type { Mark, ProgressMarks } from '../../analysis/plan';
import type { TopicId } from '../../loader/types';
import { toggleQuestionMark, toggleTopicMark } from './progress-actions';
import { EMPTY_PROGRESS, parseProgress, parseProgressText, toProgressFile, type ProgressFile } from './progress-schema';
import { DEFAULT_SETTINGS, parseSettings, type PlanSettings } from './settings-schema';
import { PROGRESS_KEY, SETTINGS_KEY } from './storage-keys';
import { useStored } from './use-stored';

export type Notice =
  | { kind: 'corrupt-progress'; problem: string }
  | { kind: 'corrupt-settings' }
  | { kind: 'imported'; topics: number; questions: number }
  | { kind: 'import-failed'; problem: string };

export interface PlanState {
  progress: ProgressFile;
  settings: PlanSettings;
  setSettings: (change: Partial<PlanSettings>) => void;
  markTopic: (topic: TopicId, mark: Mark) => void;
  markQuestion: (text: string, current: Mark | undefined, mark: Mark) => void;
  importProgress: (text: string) => void;
  importFailed: (problem: string) => void;
  resetProgress: () => void;
  notices: Notice[];
  dismiss: (notice: Notice) => void;
  saved: boolean;
}

const withFormat = (progress: ProgressMarks): ProgressFile => toProgressFile(progress);

export function usePlanState(): PlanState {
  const progress = useStored(PROGRESS_KEY, parseProgress, EMPTY_PROGRESS, withFormat);
  const settings = useStored(SETTINGS_KEY, parseSettings, DEFAULT_SETTINGS);
  const [notices, setNotices] = useState<Notice[]>(() => [
    ...(progress.corrupt === null ? [] : [{ kind: 'corrupt-progress' as const, problem: progress.corrupt }]),
    ...(settings.corrupt === null ? [] : [{ kind: 'corrupt-settings' as const }]),
  ]);
  const { set: setProgress } = progress;
  const { set: setSettingsValue } = settings;

  /** One import message at a time: the latest replaces the previous one. */
  const announceImport = useCallback((notice: Notice) => {
    setNotices((list) => [...list.filter((n) => n.kind !== 'imported' && n.kind !== 'import-failed'), notice]);
  }, []);
  const importProgress = useCallback(
    (text: string) => {
      const parsed = parseProgressText(text);
      if (parsed.ok) setProgress(parsed.value);
      announceImport(
        parsed.ok
          ? { kind: 'imported', topics: Object.keys(parsed.value.topics).length, questions: Object.keys(parsed.value.questions).length }
          : { kind: 'import-failed', problem: parsed.problem },
      );
    },
    [setProgress, announceImport],
  );

  return {
    progress: progress.value,
    settings: settings.value,
    setSettings: useCallback((change) => setSettingsValue((previous) => ({ ...previous, ...change })), [setSettingsValue]),
    markTopic: useCallback(
      (topic, mark) => setProgress((previous) => toProgressFile(toggleTopicMark(previous, topic, mark))),
      [setProgress],
    ),
    markQuestion: useCallback(
      (text, current, mark) => setProgress((previous) => toProgressFile(toggleQuestionMark(previous, text, current, mark))),
      [setProgress],
    ),
    importProgress,
    importFailed: useCallback((problem) => announceImport({ kind: 'import-failed', problem }), [announceImport]),
    resetProgress: useCallback(() => setProgress(EMPTY_PROGRESS), [setProgress]),
    notices,
    dismiss: useCallback((notice) => setNotices((list) => list.filter((n) => n !== notice)), []),
    saved: progress.saved && settings.saved,
  };
}
