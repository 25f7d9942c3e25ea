import { describe, expect, it } from 'vitest';
import { provinceUnits } from '../../db/reference/provinces';
import { declarePredecessors, matchProvince, packageProvinceKey, provinceKey } from '../../electron/services/consolidation/provinces';

// The 34 provincial units of Resolution 202/2025/QH15 and the 63 provinces they were formed from, and how names
// written by different offices find their unit.

describe('provinces after Resolution 202/2025/QH15', () => {
  it('ships 34 units (28 provinces, 6 cities) formed from 63 provinces', () => {
    expect(provinceUnits).toHaveLength(34);
    expect(provinceUnits.filter((u) => u.kind === 'city').map((u) => u.name).sort()).toEqual(
      ['Cần Thơ', 'Đà Nẵng', 'Hà Nội', 'Hải Phòng', 'Huế', 'TP. Hồ Chí Minh'].sort(),
    );
    const predecessors = provinceUnits.flatMap((u) => u.predecessors);
    expect(predecessors).toHaveLength(63);
    expect(new Set(predecessors.map(provinceKey)).size).toBe(63);
    expect(provinceUnits.filter((u) => u.predecessors.length === 1)).toHaveLength(11);
    expect(provinceUnits.find((u) => u.name === 'Phú Thọ')!.predecessors).toEqual(['Phú Thọ', 'Vĩnh Phúc', 'Hòa Bình']);
  });

  it('folds names: diacritics, case, NFC/NFD, prefixes and dashes do not matter', () => {
    expect(provinceKey('Tỉnh Bà Rịa – Vũng Tàu')).toBe('ba ria vung tau');
    expect(provinceKey('BÀ RỊA - VŨNG TÀU')).toBe('ba ria vung tau');
    expect(provinceKey('Thành phố Hải Phòng')).toBe('hai phong');
    expect(provinceKey('TP. Hồ Chí Minh')).toBe('ho chi minh');
    expect(provinceKey('TP.HCM')).toBe('hcm');
    expect(provinceKey('Hà Tĩnh'.normalize('NFD'))).toBe('ha tinh');
    expect(provinceKey('  tỉnh   Đắk   Lắk ')).toBe('dak lak');
  });

  it('rolls a predecessor up into its merged province, whatever the spelling', () => {
    expect(matchProvince('Tỉnh Hà Giang')).toMatchObject({ unit: 'Tuyên Quang', kind: 'province', known: true, canonical: 'Hà Giang' });
    expect(matchProvince('HẬU GIANG')).toMatchObject({ unit: 'Cần Thơ', kind: 'city' });
    expect(matchProvince('Bà Rịa - Vũng Tàu').unit).toBe('TP. Hồ Chí Minh');
    expect(matchProvince('Thành phố Hồ Chí Minh').unit).toBe('TP. Hồ Chí Minh');
    expect(matchProvince('TPHCM').unit).toBe('TP. Hồ Chí Minh');
    expect(matchProvince('Bắc Cạn').unit).toBe('Thái Nguyên');
    expect(matchProvince('Hoà Bình').unit).toBe('Phú Thọ');
    expect(matchProvince('Thừa Thiên Huế')).toMatchObject({ unit: 'Huế', kind: 'city', canonical: 'Huế' });
    expect(matchProvince('Hà Tĩnh')).toMatchObject({ unit: 'Hà Tĩnh', canonical: 'Hà Tĩnh' });
    // Every one of the 63 lands in the unit that lists it.
    for (const unit of provinceUnits) for (const p of unit.predecessors) expect(matchProvince(`Tỉnh ${p}`).unit).toBe(unit.name);
  });

  it('keeps a name it does not know as its own unit, unless a package declares it as a predecessor', () => {
    expect(matchProvince('Tỉnh Sông Lam')).toEqual({ unit: 'Tỉnh Sông Lam', kind: 'unknown', known: false, canonical: 'Tỉnh Sông Lam' });
    const declared = new Map<string, string>();
    declarePredecessors(declared, 'Tỉnh Sông Lam', ['Tỉnh Lam Giang', 'Tỉnh Hà Sơn', 'Tỉnh Sông Lam']);
    expect(matchProvince('Lam Giang', declared)).toMatchObject({ unit: 'Tỉnh Sông Lam', known: false, canonical: 'Lam Giang' });
    // A declaration never overrides the shipped list, and a province is never its own predecessor.
    declarePredecessors(declared, 'Hà Tĩnh', ['Nghệ An']);
    expect(matchProvince('Nghệ An', declared).unit).toBe('Nghệ An');
    expect(declared.has(provinceKey('Tỉnh Sông Lam'))).toBe(false);
    // A known unit declaring an unknown name takes it in.
    declarePredecessors(declared, 'Tuyên Quang', ['Tỉnh Hà Giang Cũ']);
    expect(matchProvince('Hà Giang Cũ', declared)).toMatchObject({ unit: 'Tuyên Quang', known: true });
  });

  it('stores spellings of one province under one key, so a second package of it is a duplicate', () => {
    expect(packageProvinceKey('TP.HCM')).toBe(packageProvinceKey('Thành phố Hồ Chí Minh'));
    expect(packageProvinceKey('Thừa Thiên Huế')).toBe(packageProvinceKey('Thành phố Huế'));
    expect(packageProvinceKey('Bắc Cạn')).toBe(packageProvinceKey('Tỉnh Bắc Kạn'));
    expect(packageProvinceKey('Hà Giang')).not.toBe(packageProvinceKey('Tuyên Quang'));
  });
});
