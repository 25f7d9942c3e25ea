import { crc32, deflateRawSync } from 'node:zlib';

// A plain zip (deflate, UTF-8 names, no extra fields, no directory entries) written so that the same parts give the
// same bytes: entries in the given order, one fixed timestamp for all, no machine-dependent attributes. A re-export of
// a frozen submission is then byte for byte the package that was sent, and its SHA-256 still matches.

export interface ZipPart {
  name: string;
  data: Buffer;
}

export interface ZipStamp {
  /** MS-DOS date and time fields, as the zip headers store them. */
  date: number;
  time: number;
}

/**
 * The digits of an ISO timestamp as written ("2026-02-05T09:30:00+07:00" → 05/02/2026 09:30:00), without any time
 * zone arithmetic, so the stamp does not depend on the machine that writes it. Unparseable → 01/01/1980.
 */
export function zipStampOf(iso: string): ZipStamp {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(iso);
  const [year, month, day, hour, minute, second] = match
    ? [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4] ?? 0), Number(match[5] ?? 0), Number(match[6] ?? 0)]
    : [1980, 1, 1, 0, 0, 0];
  const valid = year >= 1980 && year <= 2107 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour < 24 && minute < 60 && second < 60;
  if (!valid) return { date: (1 << 5) | 1, time: 0 };
  return { date: ((year - 1980) << 9) | (month << 5) | day, time: (hour << 11) | (minute << 5) | (second >> 1) };
}

const UTF8_NAMES = 0x0800;

export function writeZip(parts: ZipPart[], stamp: ZipStamp): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const deflated = deflateRawSync(part.data);
    // Already-compressed parts (docx, xlsx, pdf) are stored when deflate does not shrink them.
    const stored = deflated.length >= part.data.length;
    const body = stored ? part.data : deflated;
    const crc = crc32(part.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(stamp.time, 10);
    local.writeUInt16LE(stamp.date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(part.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(UTF8_NAMES, 8);
    entry.writeUInt16LE(stored ? 0 : 8, 10);
    entry.writeUInt16LE(stamp.time, 12);
    entry.writeUInt16LE(stamp.date, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(part.data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, name, body);
    central.push(entry, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}
