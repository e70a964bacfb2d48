/** Number formats shared by the view and the exports, so both show the same figures. */

export const formatPercent = (share: number): string => `${Math.round(share * 100)}%`;
export const formatScore = (score: number): string => score.toFixed(1);
export const formatFactor = (factor: number): string => factor.toFixed(2);
