/** Where the study plan keeps its state in localStorage (beside the shell's preferences). */
export const PROGRESS_KEY = 'mianjing-radar.study-plan.progress';
export const SETTINGS_KEY = 'mianjing-radar.study-plan.settings';
