/**
 * A target drawn as a dashed mark across each category's band, at the target's value: one
 * project's bar gets its mark as eight projects' bars do (a line through one point draws nothing).
 * The target dataset stays in the chart (its legend entry, its tooltip, the value axis reaching
 * it) but draws no line or point of its own; hiding it from the legend hides the marks.
 */
import type { Chart, Plugin } from 'chart.js';

export function targetMarks(datasetIndex: number): Plugin {
  return {
    id: 'targetMarks',
    afterDatasetsDraw(chart: Chart) {
      const dataset = chart.data.datasets[datasetIndex];
      if (!dataset || !chart.isDatasetVisible(datasetIndex)) return;
      const horizontal = chart.options.indexAxis === 'y';
      const categories = horizontal ? chart.scales.y : chart.scales.x;
      const values = horizontal ? chart.scales.x : chart.scales.y;
      const count = chart.data.labels?.length ?? 0;
      if (!categories || !values || count === 0) return;
      // Half the mark: a little past a bar (at most 40 px thick) on either side, within its band.
      const band = Math.min(((horizontal ? categories.height : categories.width) / count) * 0.45, 28);
      const { ctx } = chart;
      ctx.save();
      ctx.strokeStyle = typeof dataset.borderColor === 'string' ? dataset.borderColor : '#c0392b';
      ctx.lineWidth = 2;
      ctx.setLineDash([6, 4]);
      dataset.data.forEach((value, i) => {
        if (typeof value !== 'number') return;
        const at = values.getPixelForValue(value);
        const centre = categories.getPixelForValue(i);
        ctx.beginPath();
        if (horizontal) {
          ctx.moveTo(at, centre - band);
          ctx.lineTo(at, centre + band);
        } else {
          ctx.moveTo(centre - band, at);
          ctx.lineTo(centre + band, at);
        }
        ctx.stroke();
      });
      ctx.restore();
    },
  };
}
