// One shape for the two kinds of event the API returns: the stored event rows of
// /api/events and /api/documents, and the EventRecords of POST /api/code.

function actor(a) {
  if (!a) return null;
  return { code: a.code || '', name: a.name || a.text || '', country: a.country || null, text: a.text || '' };
}

export function normEvent(e) {
  let plover = e.plover;
  if (plover && typeof plover === 'object') plover = [plover.event, plover.mode].filter(Boolean).join(' / ');
  const ev = e.evidence || {};
  return {
    ...e,
    id: e.id,
    plover: plover || '',
    source: actor(e.source) || { code: '?', name: '', country: null, text: '' },
    target: actor(e.target),
    attributed_to: actor(e.attributed_to),
    cameo: e.cameo || '',
    cameo_name: e.cameo_name || '',
    location: e.location || null,
    evidence: {
      sentence: ev.sentence || '',
      spans: Array.isArray(ev.spans) ? ev.spans : [],
      labels: Array.isArray(ev.labels) ? ev.labels : null,
      offset: typeof ev.offset === 'number' ? ev.offset : null,
    },
  };
}

export function actorLabel(a) {
  if (!a) return '–';
  return a.name && a.name !== a.code ? `${a.code} ${a.name}` : a.code;
}

export function placeLabel(l) {
  if (!l) return '';
  return l.country ? `${l.name}, ${l.country}` : l.name;
}
