/** The loader's public API: the same code runs in Node (the CLI) and in the browser (a worker). */
export { loadFiles, Loader, LoadMemory, type LoadOptions } from './load';
export { decode } from './decode';
export { unwrap } from './unwrap';
export { segment } from './segment';
export { postsToCsv, questionsToCsv, reportToJson } from './csv-output';
export type * from './types';
