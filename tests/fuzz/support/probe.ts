/** A measurable function with its input builder, typed once and run as a black box. */
import { measureGrowth, type Growth, type GrowthOptions } from './growth';

export type Probe = (options: GrowthOptions) => Growth;

export function probe<T>(prepare: (n: number) => T, run: (input: T) => unknown): Probe {
  return (options) => measureGrowth(prepare, run, options);
}
