import { existsSync, readFileSync } from 'node:fs';
import { DEFAULT_RECIPIENT } from '../../../db/reference/catalogue';
import { type NewProvinceInput, newProvinceInput } from '../../api/schemas/profile';
import { usageError } from '../cli-error';
import { type OptionValues, stringList, stringOption } from '../command';

function readProfileJson(text: string): Record<string, unknown> {
  const source = !text.trimStart().startsWith('{') && existsSync(text) ? readFileSync(text, 'utf8') : text;
  try {
    const parsed = JSON.parse(source) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('không phải đối tượng JSON (not a JSON object)');
    return parsed as Record<string, unknown>;
  } catch (error) {
    throw usageError(`--profile không phải JSON hợp lệ (invalid JSON): ${(error as Error).message}`);
  }
}

/** "Tỉnh Hà Tĩnh" → "Hà Tĩnh": the place line of a document names the place, not the unit. */
const placeOf = (name: string) => name.replace(/^(Tỉnh|Thành phố|TP\.?)\s+/iu, '').trim();

/** Builds a new province's profile from defaults, then --profile JSON, then single flags; validated by the contract. */
export function profileFromOptions(values: OptionValues): NewProvinceInput {
  const json = stringOption(values, 'profile');
  const given = json ? readProfileJson(json) : {};
  const givenProfile = (typeof given.profile === 'object' && given.profile !== null ? given.profile : given) as Record<string, unknown>;
  const flag = (name: string) => stringOption(values, name);
  const name = flag('name') ?? (typeof givenProfile.name === 'string' ? givenProfile.name : undefined);
  if (!name) throw usageError('Thiếu tên tỉnh: dùng --name hoặc --profile (province name missing: use --name or --profile).');
  const code = flag('department-code') ?? (givenProfile.owningDepartmentCode as string | undefined) ?? 'SGDĐT';
  const defaults = {
    placeName: placeOf(name),
    superiorBody: `UBND ${name.toLocaleUpperCase('vi')}`,
    owningDepartment: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
    owningDepartmentCode: code,
    recipientMinistry: DEFAULT_RECIPIENT.ministry,
    recipientDepartment: DEFAULT_RECIPIENT.department,
    signerName: '',
    signerTitle: '',
    signingAuthority: '',
    documentCode: `BC-${code}`,
  };
  const flags = Object.fromEntries(
    Object.entries({
      name,
      placeName: flag('place'),
      superiorBody: flag('superior'),
      owningDepartment: flag('department'),
      owningDepartmentCode: flag('department-code'),
      recipientMinistry: flag('ministry'),
      recipientDepartment: flag('recipient-department'),
      signerName: flag('signer'),
      signerTitle: flag('signer-title'),
      signingAuthority: flag('authority'),
      documentCode: flag('document-code'),
    }).filter(([, v]) => v !== undefined),
  );
  const predecessorFlags = stringList(values, 'predecessor').map((item) => {
    const [predecessorName = '', mergedOn] = item.split('@');
    return { name: predecessorName.trim(), mergedOn: mergedOn?.trim() || null };
  });
  const candidate = {
    profile: { ...defaults, ...givenProfile, ...flags },
    predecessors: predecessorFlags.length > 0 ? predecessorFlags : (given.predecessors ?? []),
  };
  const parsed = newProvinceInput.safeParse(candidate);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(gốc)'}: ${i.message}`);
    throw usageError(['Hồ sơ tỉnh không hợp lệ (invalid province profile):', ...issues].join('\n'));
  }
  return parsed.data;
}
