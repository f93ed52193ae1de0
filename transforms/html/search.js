/*
 * The search page of the edition (search.html): the only script of the edition. It reads the index the build
 * wrote (search-index.js: globalThis.CABLES_SEARCH) with MiniSearch (minisearch.js: globalThis.MiniSearch),
 * both loaded by <script src> so that the page works from file://, and shows the cables found, each with the
 * words around its hits, and facets (persons, places, organisations, sender, addressees, year) with their
 * counts that narrow the list. The query and the facets ticked are the page's address (search.html?q=…&person=…),
 * so the search box of every page, a link or a bookmark gives the same list. The build copies this file.
 */
(function () {
  'use strict';
  var data = globalThis.CABLES_SEARCH;
  var form = document.getElementById('search-form');
  if (!data || !globalThis.MiniSearch || !form) return;

  var FACETS = [
    { key: 'person', title: 'Persons named', kind: 'person' },
    { key: 'place', title: 'Places named', kind: 'place' },
    { key: 'org', title: 'Organisations named', kind: 'org' },
    { key: 'sender', title: 'From', kind: 'person' },
    { key: 'addressee', title: 'To', kind: 'person' },
    { key: 'year', title: 'Year', kind: null },
  ];
  /** Values of a facet shown before its "more" list. */
  var FIRST = 6;
  /** Results shown at first, and added by "Show more cables". */
  var PAGE = 50;
  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

  /** The words of a text, as the index has them (src/search/index.ts: TOKEN, processTerm). */
  var WORDS = new RegExp(data.token, 'gu');
  var ASCII = /^[\x00-\x7f]*$/;
  function tokenize(text) {
    return text.match(WORDS) || [];
  }
  function processTerm(term) {
    return ASCII.test(term) ? term.toLowerCase() : term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  }
  var index = globalThis.MiniSearch.loadJS(data.index, { fields: data.fields, idField: 'i', tokenize: tokenize, processTerm: processTerm });
  var searchOptions = {
    combineWith: 'AND',
    prefix: true,
    fuzzy: function (term) { return term.length > 5 ? 0.2 : false; },
    boost: { title: 3, names: 2, parties: 2, abstract: 1.5 },
  };

  var input = document.getElementById('q');
  var groups = document.getElementById('facet-groups');
  var list = document.getElementById('results');
  var status = document.getElementById('search-status');
  var more = document.getElementById('more-results');
  document.getElementById('search-no-script').hidden = true;
  document.getElementById('search-app').hidden = false;

  /** The facets ticked: facet → set of values. */
  var chosen = {};
  /** The facets whose "more" list the reader opened. */
  var opened = {};
  var found = [];
  var shown = 0;

  function el(name, attrs, children) {
    var e = document.createElement(name);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) { e.append(c); });
    return e;
  }
  function label(facet, value) {
    if (facet.kind === null) return value === 'undated' ? 'undated' : value;
    return data.labels[facet.kind][value] || value;
  }
  function dateText(iso) {
    var m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
    if (!m) return iso || 'undated';
    return [m[3] ? String(Number(m[3])) : '', m[2] ? MONTHS[Number(m[2]) - 1] : '', m[1]].filter(Boolean).join(' ');
  }

  /** Reads the query and the facets from the address. */
  function readAddress() {
    var params = new URLSearchParams(location.search);
    input.value = params.get('q') || '';
    FACETS.forEach(function (f) { chosen[f.key] = new Set(params.getAll(f.key)); });
  }
  /** Writes them to it (where the browser allows it: some refuse from file://). */
  function writeAddress() {
    var params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    FACETS.forEach(function (f) { chosen[f.key].forEach(function (v) { params.append(f.key, v); }); });
    var query = params.toString();
    try {
      history.replaceState(null, '', query ? '?' + query : location.pathname);
    } catch (e) {
      // The address stays as it was; the list is right all the same.
    }
  }

  /** The cables that match the query (ranked; every cable, by date, when there is none) and every facet ticked. */
  function search() {
    var query = input.value.trim();
    var hits = tokenize(query).length
      ? index.search(query, searchOptions).map(function (r) { return { doc: data.docs[r.id], terms: r.terms }; })
      : data.docs.map(function (doc) { return { doc: doc, terms: [] }; });
    return hits.filter(function (h) {
      return FACETS.every(function (f) {
        var values = h.doc.facets[f.key];
        return Array.from(chosen[f.key]).every(function (v) { return values.indexOf(v) >= 0; });
      });
    });
  }

  /**
   * The passages of a text around its hits: up to three windows of words, hits marked. The words of the query
   * choose the windows; the names ticked in the facets are marked in them, and choose the windows when the
   * query has no word in the text.
   */
  function passages(doc, terms, marks) {
    var text = doc.text;
    var words = [];
    if (terms.length) {
      var wanted = new Set(terms);
      var re = new RegExp(data.token, 'gu');
      var m;
      while ((m = re.exec(text)) !== null) if (wanted.has(processTerm(m[0]))) words.push([m.index, m.index + m[0].length]);
    }
    var names = [];
    marks.forEach(function (id) {
      var at = doc.marks[id] || [];
      for (var i = 0; i + 1 < at.length; i += 2) names.push([at[i], at[i + 1]]);
    });
    var byPlace = function (a, b) { return a[0] - b[0] || a[1] - b[1]; };
    var hits = (words.length ? words : names).sort(byPlace);
    var windows = [];
    hits.forEach(function (h) {
      var last = windows[windows.length - 1];
      if (last && h[0] <= last.end + 20) {
        last.end = Math.max(last.end, around(text, h[1], 1));
        last.hits.push(h);
      } else if (windows.length < 3) {
        windows.push({ start: around(text, h[0], -1), end: around(text, h[1], 1), hits: [h] });
      }
    });
    if (words.length) {
      names.forEach(function (n) {
        var w = windows.find(function (w) { return n[0] >= w.start && n[1] <= w.end; });
        if (w && !w.hits.some(function (h) { return h[0] < n[1] && n[0] < h[1]; })) w.hits.push(n);
      });
      windows.forEach(function (w) { w.hits.sort(byPlace); });
    }
    return windows.map(function (w) {
      var parts = [];
      var at = w.start;
      w.hits.forEach(function (h) {
        if (h[0] < at) return;
        parts.push(text.slice(at, h[0]), el('mark', { class: 'hit' }, [text.slice(h[0], h[1])]));
        at = h[1];
      });
      parts.push(text.slice(at, w.end));
      // An ellipsis where the passage cuts into a block, none where a block begins or ends.
      if (w.start > 0 && text[w.start - 1] !== '\n') parts.unshift('… ');
      if (w.end < text.length && text[w.end] !== '\n') parts.push(' …');
      return { anchor: anchorAt(doc, w.hits[0][0]), parts: parts.map(function (p) { return typeof p === 'string' ? p.replace(/\s+/g, ' ') : p; }) };
    });
  }
  /** About 60 characters from a place, towards the start (-1) or the end (1), stopping at a word's edge or a block's. */
  function around(text, from, direction) {
    var limit = direction < 0 ? Math.max(0, from - 60) : Math.min(text.length, from + 60);
    var stop = direction < 0 ? text.lastIndexOf('\n', from - 1) : text.indexOf('\n', from);
    if (stop >= 0 && (direction < 0 ? stop + 1 > limit : stop < limit)) return direction < 0 ? stop + 1 : stop;
    if (limit === 0 || limit === text.length) return limit;
    var space = direction < 0 ? text.indexOf(' ', limit) : text.lastIndexOf(' ', limit);
    return space > 0 && (direction < 0 ? space < from : space > from) ? (direction < 0 ? space + 1 : space) : limit;
  }
  /** The anchor of the block a place of the text is in ('' for none). */
  function anchorAt(doc, offset) {
    var anchor = '';
    doc.blocks.forEach(function (b) { if (b[1] <= offset) anchor = b[0]; });
    return anchor;
  }
  /** The opening words of a cable, when nothing in its text is a hit: its summary, or its text. */
  function opening(doc) {
    var text = (doc.abstract || doc.text).replace(/\s+/g, ' ');
    var end = text.length > 200 ? text.lastIndexOf(' ', 200) : text.length;
    return text.slice(0, end > 0 ? end : 200) + (end < text.length ? ' …' : '');
  }

  function resultItem(hit) {
    var doc = hit.doc;
    var page = encodeURIComponent(doc.id) + '.html';
    var marks = [];
    ['person', 'place', 'org'].forEach(function (k) { chosen[k].forEach(function (v) { marks.push(v); }); });
    var places = passages(doc, hit.terms, marks);
    if (!places.length && hit.terms.length && doc.abstract) {
      places = passages({ text: doc.abstract, marks: {}, blocks: [['abstract', 0]] }, hit.terms, []);
    }
    var kwic = el('ul', { class: 'kwic' });
    if (places.length) {
      places.forEach(function (p) {
        kwic.append(el('li', {}, [el('a', { href: page + (p.anchor ? '#' + encodeURIComponent(p.anchor) : '') }, p.parts)]));
      });
    } else {
      kwic.append(el('li', {}, [opening(doc)]));
    }
    var date = doc.date ? el('time', { datetime: doc.date }, [dateText(doc.date)]) : 'undated';
    return el('li', {}, [el('h3', {}, [el('a', { href: page }, [doc.title])]), el('p', { class: 'result-date' }, [date]), kwic]);
  }

  function showMore() {
    var next = found.slice(shown, shown + PAGE);
    next.forEach(function (h) { list.append(resultItem(h)); });
    shown += next.length;
    more.hidden = shown >= found.length;
  }

  function facetGroup(f, counts) {
    var values = Object.keys(counts).filter(function (v) { return counts[v] > 0 || chosen[f.key].has(v); });
    chosen[f.key].forEach(function (v) { if (values.indexOf(v) < 0) values.push(v); });
    if (!values.length) return null;
    values.sort(function (a, b) {
      if (f.key === 'year') return a < b ? -1 : a > b ? 1 : 0;
      return (chosen[f.key].has(b) ? 1 : 0) - (chosen[f.key].has(a) ? 1 : 0) || (counts[b] || 0) - (counts[a] || 0) || label(f, a).localeCompare(label(f, b));
    });
    var item = function (v, i) {
      var id = 'facet-' + f.key + '-' + i;
      var box = el('input', { type: 'checkbox', id: id, name: f.key, value: v });
      box.checked = chosen[f.key].has(v);
      box.dataset.facet = f.key;
      return el('li', {}, [box, el('label', { for: id }, [label(f, v) + ' ', el('span', { class: 'count' }, ['(' + (counts[v] || 0) + ')'])])]);
    };
    var first = f.key === 'year' ? values : values.slice(0, FIRST);
    var rest = f.key === 'year' ? [] : values.slice(FIRST);
    var set = el('fieldset', {}, [el('legend', {}, [f.title]), el('ul', {}, first.map(item))]);
    if (rest.length) {
      var details = el('details', {}, [el('summary', {}, [rest.length + ' more']), el('ul', {}, rest.map(function (v, i) { return item(v, FIRST + i); }))]);
      details.open = !!opened[f.key];
      details.addEventListener('toggle', function () { opened[f.key] = details.open; });
      set.append(details);
    }
    return set;
  }

  function update() {
    found = search();
    var focus = document.activeElement && document.activeElement.dataset && document.activeElement.dataset.facet
      ? [document.activeElement.dataset.facet, document.activeElement.value] : null;
    groups.replaceChildren();
    FACETS.forEach(function (f) {
      var counts = {};
      found.forEach(function (h) { h.doc.facets[f.key].forEach(function (v) { counts[v] = (counts[v] || 0) + 1; }); });
      var group = facetGroup(f, counts);
      if (group) groups.append(group);
    });
    if (focus) {
      var again = Array.from(groups.querySelectorAll('input[type=checkbox]')).find(function (b) { return b.dataset.facet === focus[0] && b.value === focus[1]; });
      if (again) again.focus();
    }
    list.replaceChildren();
    shown = 0;
    showMore();
    var query = input.value.trim();
    var ticked = [];
    FACETS.forEach(function (f) { chosen[f.key].forEach(function (v) { ticked.push(f.title + ': ' + label(f, v)); }); });
    var what = [];
    if (query) what.push('for “' + query + '”');
    if (ticked.length) what.push('with ' + ticked.join('; '));
    status.textContent = (found.length === 1 ? '1 cable' : found.length + ' cables') + (what.length ? ' ' + what.join(', ') : ': every cable, by date') +
      (tokenize(query).length && found.length > 1 ? ', best first' : '') + '.';
    writeAddress();
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    update();
  });
  var pending = null;
  input.addEventListener('input', function () {
    clearTimeout(pending);
    pending = setTimeout(update, 150);
  });
  groups.addEventListener('change', function (e) {
    var box = e.target;
    if (!box.dataset || !box.dataset.facet) return;
    if (box.checked) chosen[box.dataset.facet].add(box.value);
    else chosen[box.dataset.facet].delete(box.value);
    update();
  });
  more.addEventListener('click', showMore);
  readAddress();
  update();
})();
