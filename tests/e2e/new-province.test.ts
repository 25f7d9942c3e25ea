import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eSession, startE2e } from '../support/e2e';

describe('creating a new province through the wizard', () => {
  let session: E2eSession;
  beforeAll(async () => {
    session = await startE2e();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('writes a file with the profile, the predecessors and the shipped reference data', async () => {
    const { page, platform } = session.host;
    const target = join(session.dir, 'ha-tinh.sqlite');
    platform.saveAnswers.push(target);

    await page.getByTestId('create-new').click();
    await page.getByTestId('profile-name').fill('Tỉnh Hà Tĩnh');
    await page.getByTestId('profile-placeName').fill('Hà Tĩnh');
    await page.getByTestId('profile-superiorBody').fill('UBND TỈNH HÀ TĨNH');
    await page.getByTestId('wizard-next').click();
    // Required fields stop the wizard: the predecessor step asks for a name once a row is added.
    await page.getByRole('button', { name: 'Thêm tỉnh' }).click();
    await page.getByPlaceholder('Tên tỉnh').fill('Tỉnh Cũ A');
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('profile-signerName').fill('Nguyễn Văn Ký');
    await page.getByTestId('wizard-create').click();

    await expect.poll(() => page.getByTestId('province-name').textContent().catch(() => null)).toBe('Tỉnh Hà Tĩnh');
    const profile = session.query<Record<string, unknown>>(target, 'SELECT * FROM province_profile');
    expect(profile[0]).toMatchObject({
      name: 'Tỉnh Hà Tĩnh',
      place_name: 'Hà Tĩnh',
      signer_name: 'Nguyễn Văn Ký',
      recipient_ministry: 'Bộ Giáo dục và Đào tạo',
      is_sample: 0,
    });
    expect(session.query(target, 'SELECT name FROM predecessor_provinces')).toEqual([{ name: 'Tỉnh Cũ A' }]);
    expect(session.query(target, "SELECT code FROM targets WHERE scope = 'national' ORDER BY code").map((r) => (r as { code: string }).code)).toEqual(
      ['a1', 'a2', 'b1', 'b2', 'c1', 'c2', 'd1', 'd2', 'd3'],
    );
    expect(session.query(target, "SELECT code FROM institution_types WHERE code = 'THN'")).toHaveLength(1);
    expect(session.query(target, 'SELECT count(*) AS n FROM institutions')).toEqual([{ n: 0 }]);
  });
});
