import { writeFileAtomically } from '../export/write-atomically';
import type { z } from 'zod';
import type { saveChartImageInput } from '../../api/schemas/charts';
import { sanitiseFileName } from '../export/spreadsheet-safety';
import type { FileKind, Platform } from '../platform';
import { ServiceError } from '../service-error';

type Input = z.output<typeof saveChartImageInput>;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The PNG bytes of a data URL, refused unless they are a PNG (signature, then the IHDR chunk). */
export function pngBytes(dataUrl: string): Buffer {
  const payload = dataUrl.slice(dataUrl.indexOf(',') + 1);
  if (!BASE64.test(payload)) throw new ServiceError('INVALID_INPUT', 'Ảnh PNG gửi lên không đúng mã base64.', { reason: 'bad_base64' });
  const bytes = Buffer.from(payload, 'base64');
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    throw new ServiceError('INVALID_INPUT', 'Dữ liệu gửi lên không phải ảnh PNG.', { reason: 'not_png' });
  }
  return bytes;
}

// Before the root element an SVG file may hold an XML declaration, comments, a doctype and white space, nothing else.
const PROLOGUE = /^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?((<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>)\s*)*/i;

/**
 * The SVG text as UTF-8, refused unless it is one <svg> document. Scripts and event handlers are refused too: the
 * file is opened later in browsers and office programs, and a chart never needs them.
 */
export function svgBytes(svg: string): Buffer {
  const body = svg.replace(PROLOGUE, '');
  if (!/^<svg[\s>]/.test(body) || !/<\/svg>\s*$/.test(body) || !/xmlns\s*=\s*["']http:\/\/www\.w3\.org\/2000\/svg["']/.test(body.slice(0, 2000))) {
    throw new ServiceError('INVALID_INPUT', 'Dữ liệu gửi lên không phải một tài liệu SVG (<svg>…</svg>).', { reason: 'not_svg' });
  }
  if (/<script[\s>/]/i.test(body) || /\son[a-z]+\s*=/i.test(body) || /<foreignObject[\s>/]/i.test(body) || /(href\s*=\s*["']\s*javascript:)/i.test(body)) {
    throw new ServiceError('INVALID_INPUT', 'Ảnh SVG có mã lệnh hoặc nội dung nhúng; biểu đồ không cần những thứ đó nên không lưu.', { reason: 'svg_active_content' });
  }
  return Buffer.from(svg, 'utf8');
}

/**
 * Writes a chart image where the user chooses: checks the bytes first (nothing is asked for a bad image), then
 * the host's save dialog, then a temporary file renamed over the chosen name, so a failure leaves no half file.
 */
export async function saveChartImage(platform: Platform, input: Input): Promise<{ file: string | null; bytes: number }> {
  const content = input.image.format === 'png' ? pngBytes(input.image.dataUrl) : svgBytes(input.image.svg);
  const extension = input.image.format;
  const kind: FileKind = extension === 'png' ? 'image-png' : 'image-svg';
  const stem = sanitiseFileName(input.suggestedName.replace(/\.(png|svg)$/i, ''), 'bieu-do');
  const file = await platform.chooseNewFileLocation(`${stem}.${extension}`, kind);
  if (!file) return { file: null, bytes: 0 };
  writeFileAtomically(file, content);
  return { file, bytes: content.length };
}
