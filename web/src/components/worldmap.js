// Country shapes from world-atlas (Natural Earth 1:110m, public domain), drawn with the
// Natural Earth projection written out here (the formula of d3-geo's geoNaturalEarth1Raw).
import { feature, mesh } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';

export const MAP_W = 960;
export const MAP_H = 500;
const RAD = Math.PI / 180;

function naturalEarth1(lambda, phi) {
  const phi2 = phi * phi, phi4 = phi2 * phi2;
  return [
    lambda * (0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4))),
    phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4))),
  ];
}
const [XMAX] = naturalEarth1(Math.PI, 0);
const [, YMAX] = naturalEarth1(0, Math.PI / 2);
const SCALE = Math.min((MAP_W - 8) / (2 * XMAX), (MAP_H - 8) / (2 * YMAX));

/** [lon, lat] in degrees to SVG [x, y]. */
export function project(lon, lat) {
  const [x, y] = naturalEarth1(Math.max(-180, Math.min(180, lon)) * RAD, Math.max(-90, Math.min(90, lat)) * RAD);
  return [MAP_W / 2 + x * SCALE, MAP_H / 2 - y * SCALE];
}

function ringPath(ring) {
  let d = '';
  let prevLon = null;
  for (let i = 0; i < ring.length; i++) {
    const [lon, lat] = ring[i];
    const [x, y] = project(lon, lat);
    // a jump across the antimeridian starts a new piece instead of a line across the map
    const jump = prevLon !== null && Math.abs(lon - prevLon) > 180;
    d += (i === 0 || jump ? 'M' : 'L') + x.toFixed(1) + ',' + y.toFixed(1);
    prevLon = lon;
  }
  return d + 'Z';
}

function geometryPath(g) {
  if (!g) return '';
  if (g.type === 'Polygon') return g.coordinates.map(ringPath).join('');
  if (g.type === 'MultiPolygon') return g.coordinates.map((p) => p.map(ringPath).join('')).join('');
  return '';
}

function linePath(g) {
  const lines = g.type === 'MultiLineString' ? g.coordinates : [g.coordinates];
  return lines.map((line) => line.map(([lon, lat], i) => {
    const [x, y] = project(lon, lat);
    return (i ? 'L' : 'M') + x.toFixed(1) + ',' + y.toFixed(1);
  }).join('')).join('');
}

let cache = null;

/** {countries: [{name, d}], borders: d, sphere: d}, computed once. */
export function worldPaths() {
  if (cache) return cache;
  const countries = feature(world, world.objects.countries).features.map((f) => ({ name: f.properties && f.properties.name, d: geometryPath(f.geometry) }));
  const borders = linePath(mesh(world, world.objects.countries, (a, b) => a !== b));
  // the outline of the globe: the meridians ±180
  const pts = [];
  for (let lat = -90; lat <= 90; lat += 5) pts.push(project(180, lat));
  for (let lat = 90; lat >= -90; lat -= 5) pts.push(project(-180, lat));
  const sphere = 'M' + pts.map(([x, y]) => x.toFixed(1) + ',' + y.toFixed(1)).join('L') + 'Z';
  cache = { countries, borders, sphere };
  return cache;
}
