import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInProcessHost, type InProcessHost } from '../support/test-host';

// Every search box matches what is typed literally: "%" and "_" are LIKE's wildcards in SQL, so before they were
// escaped "100%" found every row and "_" any name at all. One institution and one project get such names here.
describe('searching for "%" and "_"', () => {
  let host: InProcessHost;
  const INSTITUTION = 'Trường Trung cấp 100% số_hóa';
  const PROJECT = 'Đề án 50% vốn_đối ứng';
  let institutionCode: string;
  let projectCode: string;

  beforeAll(async () => {
    host = createInProcessHost();
    await host.call('file.openSample', {});
    const institution = (await host.call('institutions.list', { limit: 1 })).rows[0]!;
    institutionCode = institution.code;
    await host.call('institutions.applyEdits', { edits: [{ id: institution.id, field: 'name', value: INSTITUTION }] });
    const project = (await host.call('projects.list', { limit: 1 })).rows[0]!;
    projectCode = project.code;
    await host.call('projects.applyEdits', { edits: [{ id: project.id, field: 'name', value: PROJECT }] });
  });
  afterAll(() => host.cleanup());

  it('finds only what holds them, in the register, the assessment grid, projects, capital and the timeline', async () => {
    for (const search of ['%', '0%', '_', 'o_h']) {
      const institutions = await host.call('institutions.list', { limit: 500, search });
      expect(institutions.rows.map((r) => r.code), search).toEqual([institutionCode]);
      const assessment = await host.call('assessment.grid', { year: 2025, query: { offset: 0, limit: 500, search } });
      expect(assessment.rows.map((r) => r.code), search).toEqual([institutionCode]);
    }
    for (const search of ['%', '50%', '_', 'n_d']) {
      const projects = await host.call('projects.list', { limit: 500, search });
      expect(projects.rows.map((r) => r.code), search).toEqual([projectCode]);
      const matrix = await host.call('capital.matrix', { offset: 0, limit: 500, measure: 'allocated', fromYear: 2021, toYear: 2030, search });
      expect(new Set(matrix.rows.map((r) => r.projectCode)), search).toEqual(new Set([projectCode]));
      const timeline = await host.call('roadmap.timeline', { scope: 'all', limit: 200, search });
      expect(timeline.projects.map((p) => p.code), search).toEqual([projectCode]);
    }
    // A backslash is looked for as itself too (it is the escape character).
    expect((await host.call('institutions.list', { limit: 500, search: '\\' })).total).toBe(0);
  });

  it('still ignores diacritics and case around them', async () => {
    expect((await host.call('institutions.list', { limit: 500, search: '100% SO_HOA' })).rows.map((r) => r.code)).toEqual([institutionCode]);
    expect((await host.call('projects.list', { limit: 500, search: 'von_doi ung' })).rows.map((r) => r.code)).toEqual([projectCode]);
  });
});
