import { describe, expect, it } from 'vitest';
import { fixLinks, linkTo } from '../../electron/services/submission/preflight-links';
import { preflightChecks } from '../../electron/services/submission/preflight-rules';
import { capitalLinkOf } from '../../renderer/features/capital/link-params';
import { upToYearOf, yearsUpTo } from '../../renderer/features/roadmap/link-params';
import { askedFields } from '../../renderer/features/settings/asked-fields';
import { pathOf } from '../../renderer/features/submission/links';
import { targetsLinkOf } from '../../renderer/features/targets/link-params';
import { institution, project, snapshot2025, target } from './submission-snapshot-fixture';

// The pre-flight's links, built in one place (electron/services/submission/preflight-links.ts), read back by the
// very readers the destination pages use: a link a page cannot read is a link that "just opens the page".

const YEARS = Array.from({ length: 9 }, (_, i) => 2022 + i);
/** What the router hands the page: the query of the path the Fix button opens. */
const paramsOf = (path: string) => new URLSearchParams(path.includes('?') ? path.slice(path.indexOf('?') + 1) : '');

describe('pre-flight link builder', () => {
  it('drops absent parameters, joins lists and writes numbers as text', () => {
    expect(linkTo('/x', { a: 1, b: undefined, c: ['p', 'q'], d: [] })).toEqual({ route: '/x', params: { a: '1', c: 'p,q' } });
    expect(pathOf(linkTo('/roadmap'))).toBe('/roadmap');
  });

  it('opens Settings on the fields the document lacks, first one focused', () => {
    const one = pathOf(fixLinks.settings(['signerName']));
    expect(one).toBe('/settings?field=signerName');
    expect(askedFields(paramsOf(one))).toEqual(['signerName']);
    const all = pathOf(fixLinks.settings(['documentCode', 'signerName']));
    expect(all).toBe('/settings?field=documentCode%2CsignerName');
    expect(askedFields(paramsOf(all))).toEqual(['documentCode', 'signerName']);
    // A name Settings has no field for is ignored rather than breaking the page.
    expect(askedFields(new URLSearchParams('field=signerName,__proto__,signerName'))).toEqual(['signerName']);
    expect(pathOf(fixLinks.settings([]))).toBe('/settings');
  });

  it('opens the assessment grid of the year on one institution, or on the returns not approved', () => {
    const one = targetsLinkOf(paramsOf(pathOf(fixLinks.assessment(2025, { institutionId: 41 }))), YEARS);
    expect(one).toEqual({ tab: 'assessment', year: 2025, institutionId: 41, notApproved: false, targetId: null });
    const pending = targetsLinkOf(paramsOf(pathOf(fixLinks.assessment(2025, { notApproved: true }))), YEARS);
    expect(pending).toMatchObject({ tab: 'assessment', year: 2025, institutionId: null, notApproved: true });
    // An institution the file does not know: the year's whole grid.
    expect(fixLinks.assessment(2025, { institutionId: undefined })).toEqual({ route: '/targets', params: { tab: 'assessment', year: '2025' } });
  });

  it('opens a target editor, the attainment row of a target, and the completeness of the year', () => {
    expect(targetsLinkOf(paramsOf(pathOf(fixLinks.targetEditor(2025, 7))), YEARS)).toMatchObject({ tab: 'targets', year: 2025, targetId: 7 });
    expect(targetsLinkOf(paramsOf(pathOf(fixLinks.attainment(2025, 9))), YEARS)).toMatchObject({ tab: 'attainment', year: 2025, targetId: 9 });
    expect(targetsLinkOf(paramsOf(pathOf(fixLinks.completeness(2025))), YEARS)).toMatchObject({ tab: 'completeness', year: 2025, targetId: null });
    // Codes where ids belong, and years the page does not offer, are dropped, not misread.
    expect(targetsLinkOf(new URLSearchParams('tab=bogus&year=1999&target=b2&institution=-3'), YEARS)).toEqual({
      tab: null,
      year: null,
      institutionId: null,
      notApproved: false,
      targetId: null,
    });
  });

  it('opens the capital matrix on a project and source in a measure, its tag named by the code', () => {
    const path = pathOf(fixLinks.capitalMatrix(2024, 'disbursed', { projectId: 12, projectCode: 'DA-CDS-03', source: 'NSDP' }));
    expect(path).toBe('/capital?tab=annual&year=2024&measure=disbursed&project=12&projectCode=DA-CDS-03&source=NSDP');
    expect(capitalLinkOf(paramsOf(path))).toEqual({
      year: 2024,
      tab: 'annual',
      measure: 'disbursed',
      filters: { projectId: [12], sourceCode: ['NSDP'] },
      label: 'DA-CDS-03',
      kind: null,
    });
    // Without a known id there is no project filter, so no tag either.
    expect(capitalLinkOf(paramsOf(pathOf(fixLinks.capitalMatrix(2025, 'allocated', { projectId: undefined, projectCode: 'DA-X' }))))).toMatchObject({
      filters: {},
      label: null,
    });
  });

  it('opens the capital checks on one kind', () => {
    expect(capitalLinkOf(paramsOf(pathOf(fixLinks.capitalChecks(2025, 'fundingGap'))))).toMatchObject({ tab: 'checks', year: 2025, kind: 'fundingGap', filters: {} });
    expect(capitalLinkOf(paramsOf(pathOf(fixLinks.capitalChecks(2025))))).toMatchObject({ tab: 'checks', kind: null });
  });

  it("reads the dashboard's capital links as before", () => {
    expect(capitalLinkOf(new URLSearchParams('tab=annual&measure=allocated&year=2026&gapYear=2027,2028'))).toMatchObject({
      tab: 'annual',
      measure: 'allocated',
      year: 2026,
      filters: { gapYear: [2027, 2028] },
    });
    expect(capitalLinkOf(new URLSearchParams('tab=annual&measure=allocated&year=2026&source=NSTW')).filters).toEqual({ sourceCode: ['NSTW'] });
  });

  it('opens the roadmap on milestones without status due by the year, or on one milestone', () => {
    const path = pathOf(fixLinks.unjudgedMilestones(2025));
    expect(path).toBe('/roadmap?status=none&year=2025');
    expect(upToYearOf(paramsOf(path))).toBe(2025);
    expect(yearsUpTo(2025)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(upToYearOf(new URLSearchParams('year=2019'))).toBeNull();
    expect(pathOf(fixLinks.milestone(7))).toBe('/roadmap?milestone=7');
  });

  it('opens a step of the submission wizard, on a section where one is named', () => {
    expect(pathOf(fixLinks.submission(2025, 'narrative'))).toBe('/submission?year=2025&step=narrative');
    expect(pathOf(fixLinks.submission(2025, 'narrative', 'results'))).toBe('/submission?year=2025&step=narrative&section=results');
  });

  it('gives every check and item a link whose parameters its page reads', () => {
    const snapshot = snapshot2025();
    snapshot.province.signerName = '';
    snapshot.submission.documentNumber = '';
    snapshot.submission.sections[0]!.body = '';
    snapshot.institutions = [institution('TT1', 'draft'), institution('TT2', null)];
    snapshot.targets = [
      target({ code: 'b2', targetThisYear: null }),
      target({ code: 'd2', attainment: null, numerator: null, denominator: null, institutionsCounted: 0 }),
      target({ code: 'a1', numerator: 210, denominator: 200, attainment: 100 }),
    ];
    snapshot.projects = [project({ code: 'DA-01', fundingGapDong: 1_000_000 })];
    const checks = preflightChecks({
      snapshot,
      unjudgedMilestones: [{ id: 7, title: 'Mốc', year: 2025 }],
      allocatedOverShare: [{ projectCode: 'DA-01', projectName: 'DA', sourceCode: 'NSTW', allocatedDong: 2, shareDong: 1 }],
      disbursedOverAllocated: [{ projectCode: 'DA-01', projectName: 'DA', sourceCode: 'NSDP', year: 2024, allocatedDong: 1, disbursedDong: 2 }],
      cancelledWithCapital: [{ projectCode: 'DA-09', projectName: 'DA', allocatedDong: 3 }],
      ids: {
        institutions: new Map([['TT1', 1], ['TT2', 2]]),
        projects: new Map([['DA-01', 11], ['DA-09', 19]]),
        targets: new Map([['b2', 21], ['d2', 22], ['a1', 23]]),
      },
    });
    expect(checks.map((c) => c.code).sort()).toEqual([
      'assessments.notApproved',
      'document.number',
      'milestones.noStatus',
      'narrative.empty',
      'profile.missing',
      'projects.fundingGap',
      'targets.noFigures',
      'targets.noValue',
      'totals.mismatch',
    ]);
    // The query names each destination reads (the pages' readers above, and the submission page's own).
    const read: Record<string, string[]> = {
      '/settings': ['field'],
      '/submission': ['year', 'step', 'section', 'tab'],
      '/targets': ['tab', 'year', 'institution', 'state', 'target'],
      '/capital': ['tab', 'year', 'measure', 'project', 'projectCode', 'source', 'gapYear', 'kind'],
      '/roadmap': ['status', 'year', 'milestone', 'tab'],
    };
    const links = checks.flatMap((c) => [c.link, ...c.items.map((i) => i.link)]);
    expect(links).toHaveLength(9 + 13);
    for (const link of links) {
      expect(Object.keys(read)).toContain(link.route);
      for (const key of Object.keys(link.params)) expect(read[link.route], `${pathOf(link)}`).toContain(key);
    }
    // Records are named by id wherever the file knows the code.
    const itemPaths = checks.flatMap((c) => c.items.map((i) => pathOf(i.link)));
    expect(itemPaths).toEqual(
      expect.arrayContaining([
        '/settings?field=signerName',
        '/targets?tab=assessment&year=2025&institution=2',
        '/targets?tab=targets&year=2025&target=21',
        '/targets?tab=attainment&year=2025&target=22',
        '/targets?tab=attainment&year=2025&target=23',
        '/capital?tab=annual&year=2025&measure=allocated&project=11&projectCode=DA-01',
        '/capital?tab=annual&year=2025&measure=allocated&project=11&projectCode=DA-01&source=NSTW',
        '/capital?tab=annual&year=2024&measure=disbursed&project=11&projectCode=DA-01&source=NSDP',
        '/capital?tab=annual&year=2025&measure=allocated&project=19&projectCode=DA-09',
        '/roadmap?milestone=7',
      ]),
    );
  });
});
