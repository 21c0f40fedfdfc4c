// Writes the Huangpi district outline the complaint hotspot map draws (echarts registerMap), from the
// shared data folder (../shared/data/china-admin-divisions, see its SOURCE.md) into the repository:
// Douglas-Peucker simplified, coordinates rounded to 4 decimals (about 10 m), so the file stays small.
// The data has no township boundaries, so the map shows units as points (see SOURCE.md beside the output).
// Run: node scripts/build-huangpi-map.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '..');
const input = path.resolve(repoRoot, '../shared/data/china-admin-divisions/wuhan-geojson/420116.json');
const output = path.join(repoRoot, 'apps/web/src/features/complaint-hotspots/huangpi.geo.json');
// 0.002 degrees is about 200 m: the outline keeps its recognisable shape at district zoom.
const TOLERANCE = 0.002;

function distanceToSegment([x, y], [x1, y1], [x2, y2]) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / length2));
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
}

function simplify(points, tolerance) {
  if (points.length < 3) return points;
  let farthest = 0;
  let index = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const d = distanceToSegment(points[i], points[0], points[points.length - 1]);
    if (d > farthest) [farthest, index] = [d, i];
  }
  if (farthest <= tolerance) return [points[0], points[points.length - 1]];
  return [...simplify(points.slice(0, index + 1), tolerance).slice(0, -1), ...simplify(points.slice(index), tolerance)];
}

const round = ([lon, lat]) => [Math.round(lon * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4];

// A closed ring: simplify its two halves so that the closing point stays fixed.
function simplifyRing(ring) {
  const middle = Math.floor(ring.length / 2);
  const simplified = [...simplify(ring.slice(0, middle + 1), TOLERANCE).slice(0, -1), ...simplify(ring.slice(middle), TOLERANCE)];
  return simplified.map(round);
}

const source = JSON.parse(readFileSync(input, 'utf8'));
const district = source.features[0];
const polygons = district.geometry.coordinates.map((polygon) => polygon.map(simplifyRing));
const before = district.geometry.coordinates.flat(2).length;
const after = polygons.flat(2).length;
const geo = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { adcode: district.properties.adcode, name: district.properties.name },
      geometry: { type: 'MultiPolygon', coordinates: polygons },
    },
  ],
};
writeFileSync(output, `${JSON.stringify(geo)}\n`);
console.log(`${path.relative(repoRoot, output)}: ${before} -> ${after} vertices`);
