import { method } from '../method';
import { saveChartImageInput, saveChartImageResult } from '../schemas/charts';

// Charts of any page saved as images where the user chooses (the host's save dialog picks the place).
export const chartMethods = {
  // A PNG (data URL) or SVG text the page drew; checked to be what it claims, written whole or not at all.
  'charts.saveImage': method(saveChartImageInput, saveChartImageResult),
} as const;
