// Vietnamese number, money and date formats: 1.234.567,5 · money stored as integer đồng, shown in triệu đồng
// · dates dd/mm/yyyy on screen. The wire always carries ISO dates and integer đồng.

const integerFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const decimalFormats = new Map<number, Intl.NumberFormat>();

export function formatNumber(value: number | null | undefined, maximumFractionDigits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  if (maximumFractionDigits === 0) return integerFormat.format(value);
  let format = decimalFormats.get(maximumFractionDigits);
  if (!format) {
    format = new Intl.NumberFormat('vi-VN', { maximumFractionDigits });
    decimalFormats.set(maximumFractionDigits, format);
  }
  return format.format(value);
}

const DONG_PER_MILLION = 1_000_000;

/** Integer đồng → triệu đồng text with up to 3 decimals, as plan tables print it (1.234,5). */
export function formatMillions(dong: number | null | undefined): string {
  if (dong === null || dong === undefined) return '';
  return formatNumber(dong / DONG_PER_MILLION, 3);
}

export function formatPercent(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined) return '';
  return `${formatNumber(value, digits)}%`;
}

/** ISO date (yyyy-mm-dd, or a full ISO timestamp) → dd/mm/yyyy. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** ISO timestamp → dd/mm/yyyy hh:mm in the machine's local time. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
