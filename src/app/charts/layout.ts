/** How many columns the chart grid has, and how wide each panel is (ChartGrid.tsx). */

const GAP = 12;
const MIN_WIDTH = 240;
const MAX_WIDTH = 480;

/**
 * How the arms' panels fit `available` px: one column per arm, each 240-480 px wide, when they fit;
 * otherwise as many columns as fit (at least one, as wide as the window allows, down to 160 px), and
 * every panel then says whose it is. A phone shows the arms one under the other, never a page that
 * scrolls sideways.
 */
export function gridLayout(available: number, arms: number): { columns: number; width: number } {
  const n = Math.max(1, arms);
  const columns = Math.max(1, Math.min(n, Math.floor((available + GAP) / (MIN_WIDTH + GAP))));
  const fit = Math.floor((available - GAP * (columns - 1)) / columns);
  return { columns, width: Math.max(160, Math.min(MAX_WIDTH, fit)) };
}
