import { CustomChart } from 'echarts/charts';
import { DataZoomInsideComponent, DataZoomSliderComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { useCallback } from 'react';
import { Chart, type ChartClick } from '../../components/Chart';
import type { TimelineHit, TimelineOption } from './timeline-option';

// The shared Chart registers the common series; the timeline adds what only it draws (custom series, data zoom, the
// today line) to the same ECharts instance, so other pages' bundles stay as they were.
echarts.use([CustomChart, DataZoomInsideComponent, DataZoomSliderComponent, MarkLineComponent]);

interface Props {
  option: TimelineOption;
  height: number;
  /** Rows in view at once (the rest scroll), for tests that locate a row. */
  visibleRows: number;
  hit: (seriesIndex: number, dataIndex: number) => TimelineHit | null;
  onOpen: (hit: TimelineHit) => void;
  ariaLabel: string;
  title: string;
}

export function TimelineChart({ option, height, visibleRows, hit, onOpen, ariaLabel, title }: Props) {
  const onClick = useCallback(
    (event: ChartClick) => {
      const target = event.seriesIndex === undefined || event.dataIndex === undefined ? null : hit(event.seriesIndex, event.dataIndex);
      if (target) onOpen(target);
    },
    [hit, onOpen],
  );
  return (
    <div data-visible-rows={visibleRows}>
      <Chart option={option} testId="roadmap-timeline" ariaLabel={ariaLabel} title={title} height={height} onClick={onClick} />
    </div>
  );
}
