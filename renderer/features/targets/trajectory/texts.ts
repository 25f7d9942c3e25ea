// Texts of the trajectories tab (Targets page), Vietnamese first; served from the 'overview' namespace under
// 'trajectory' (the dashboard's area owns the trajectories).
const vi = {
  tab: 'Quỹ đạo đến 2030',
  intro:
    'Mỗi chỉ tiêu: mức phải đạt của quốc gia và của tỉnh theo từng năm, mức tỉnh đã đạt (tổng tử số / tổng mẫu số của các cơ sở) và dự báo đến năm 2030 theo xu hướng của tối đa 3 năm gần nhất có số liệu (đường thẳng bình phương nhỏ nhất, giữ trong khoảng 0–100%).',
  target: 'Chỉ tiêu',
  approvedOnly: 'Chỉ tính số liệu đã duyệt',
  chartLabel: 'Biểu đồ đường: chỉ tiêu {{code}} — mức đạt của tỉnh, chỉ tiêu quốc gia, chỉ tiêu của tỉnh và dự báo đến 2030',
  series: {
    actual: 'Tỉnh đã đạt',
    national: 'Chỉ tiêu quốc gia',
    provincial: 'Chỉ tiêu của tỉnh',
    projected: 'Dự báo theo xu hướng',
  },
  flagsTitle: 'Dự báo năm 2030',
  flagMiss: 'Dự báo 2030: {{projected}} — không đạt chỉ tiêu {{scope}} {{target}}',
  flagMeet: 'Dự báo 2030: {{projected}} — đạt chỉ tiêu {{scope}} {{target}}',
  scope: { national: 'quốc gia', provincial: 'của tỉnh' },
  shortBy: 'thiếu {{points}} điểm %',
  noProjection: 'Chưa có số liệu để dự báo',
  no2030: 'Chưa đặt mức năm 2030',
  missCount: '{{count}} chỉ tiêu dự báo không đạt mức năm 2030',
  allMeet: 'Mọi chỉ tiêu có dự báo đều đạt mức năm 2030.',
  basisLinear: 'Dự báo theo các năm {{years}}: {{slope}} điểm % mỗi năm.',
  basisCarried: 'Mới có số liệu năm {{year}}: giữ nguyên mức này đến năm 2030.',
  basisNone: 'Chưa có số liệu đánh giá nào cho chỉ tiêu này.',
  interpolated: 'Điểm rỗng trên đường chỉ tiêu là mức nội suy giữa hai năm đã đặt.',
  unmeasured: 'Không vẽ quỹ đạo cho: {{list}} (chỉ tiêu dạng mốc hoặc chưa có công thức tính từ số liệu).',
  empty: 'Chưa có chỉ tiêu nào tính được từ số liệu của các cơ sở.',
};

const en: typeof vi = {
  tab: 'Trajectories to 2030',
  intro:
    'For each target: the national and the provincial value to reach each year, the province’s attainment (Σ numerator / Σ denominator over institutions) and a projection to 2030 from the trend of up to the 3 latest years with figures (least-squares line, kept within 0–100%).',
  target: 'Target',
  approvedOnly: 'Approved figures only',
  chartLabel: 'Line chart: target {{code}} — the province’s attainment, the national and provincial targets and the projection to 2030',
  series: {
    actual: 'Province attained',
    national: 'National target',
    provincial: 'Provincial target',
    projected: 'Projected trend',
  },
  flagsTitle: 'Projection for 2030',
  flagMiss: '2030 projection: {{projected}} — misses the {{scope}} target of {{target}}',
  flagMeet: '2030 projection: {{projected}} — meets the {{scope}} target of {{target}}',
  scope: { national: 'national', provincial: 'provincial' },
  shortBy: '{{points}} points short',
  noProjection: 'No figures to project from',
  no2030: 'No 2030 value set',
  missCount: '{{count}} targets projected to miss their 2030 value',
  allMeet: 'Every target with a projection reaches its 2030 value.',
  basisLinear: 'Projected from {{years}}: {{slope}} points a year.',
  basisCarried: 'Only {{year}} has figures: carried forward to 2030.',
  basisNone: 'No assessment figures for this target yet.',
  interpolated: 'Hollow points on a target line are interpolated between two set years.',
  unmeasured: 'No trajectory for: {{list}} (milestone targets or no formula from figures).',
  empty: 'No target can be computed from institutions’ figures yet.',
};

export const trajectoryTexts = { vi, en };
