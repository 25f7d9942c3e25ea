import { z } from 'zod';

// A chart saved as a picture: the page sends what it drew, the host's save dialog picks the place.

/** ≈ 12 MB of PNG: a chart at twice the screen's resolution is a few hundred kB; anything near this is not a chart. */
export const MAX_PNG_DATA_URL = 16_000_000;
/** SVG text of one chart: ECharts' largest here are tens of kB. */
export const MAX_SVG_TEXT = 4_000_000;

export const chartImage = z.discriminatedUnion('format', [
  z.object({ format: z.literal('png'), dataUrl: z.string().startsWith('data:image/png;base64,').max(MAX_PNG_DATA_URL) }).strict(),
  z.object({ format: z.literal('svg'), svg: z.string().min(1).max(MAX_SVG_TEXT) }).strict(),
]);

export const saveChartImageInput = z
  .object({
    image: chartImage,
    /** The name the dialog suggests, without folder; the extension is set from the format. */
    suggestedName: z.string().min(1).max(150),
  })
  .strict();
export type SaveChartImageInput = z.input<typeof saveChartImageInput>;

/** The file written, or null when the user cancelled the dialog. */
export const saveChartImageResult = z.object({ file: z.string().nullable(), bytes: z.number().int().min(0) });
