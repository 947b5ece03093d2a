#!/usr/bin/env python3
"""Runs every atlas benchmark and its reference in one go and writes bench/results.md, bench/results.csv and the
table in bench/README.md. Called by bench/run.sh (which builds first and provides an X display through xvfb-run).
Standard library only; QGIS runs through /usr/bin/python3 (Debian's python with the qgis module)."""
import argparse, csv, datetime, glob, json, os, platform, re, shutil, statistics, subprocess, sys, time

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
TARGET = os.path.join(BENCH, 'target')
WORK = os.path.join(TARGET, 'work')
CP = os.path.join(ROOT, 'target', 'atlas.jar') + os.pathsep + os.path.join(TARGET, 'atlas-bench.jar')
MAPS = os.path.join(ROOT, 'maps')
QGIS_PY = '/usr/bin/python3'
SERIES = {}
KEPT = set()  # series of the run before, kept with --keep because this run did not measure them
LOG = open(os.path.join(TARGET, 'bench.log'), 'w') if os.path.isdir(TARGET) else sys.stderr


def log(msg):
    line = time.strftime('%H:%M:%S ') + msg
    print(line, flush=True)
    LOG.write(line + '\n')
    LOG.flush()


def collect(text):
    for line in text.splitlines():
        if line.startswith('BENCH '):
            d = json.loads(line[6:])
            SERIES[d['id']] = d
            KEPT.discard(d['id'])


def env():
    e = dict(os.environ)
    # The app's database and tile cache go under bench/target, never into the user's home.
    e['XDG_DATA_HOME'] = os.path.join(WORK, 'data')
    e['XDG_CACHE_HOME'] = os.path.join(WORK, 'cache')
    e['XDG_CONFIG_HOME'] = os.path.join(WORK, 'config')  # the window's remembered settings: never the user's
    return e


def run(cmd, timeout=900, check=True, extra_env=None):
    log('$ ' + ' '.join(['%s=%s' % kv for kv in (extra_env or {}).items()] + list(cmd)))
    e = dict(env(), **(extra_env or {}))
    if cmd[0] == QGIS_PY:
        e.pop('DISPLAY', None)  # QGIS renders offscreen; with an X display its exit crashes
    p = subprocess.run(cmd, cwd=ROOT, env=e, capture_output=True, text=True, timeout=timeout)
    LOG.write(p.stdout + '\n' + p.stderr + '\n')
    if check and p.returncode != 0:
        raise SystemExit('failed (%d): %s\n%s' % (p.returncode, ' '.join(cmd), p.stderr[-3000:]))
    collect(p.stdout)
    return p


def java(*args, jvm=()):
    return ['java', *jvm, '-cp', CP, *args]


def atlas_launch():
    """How bin/atlas starts the window on this display, the one place that is defined: (environment, JVM options).
    The JVM options are property atlas.window.jvm of pom.xml, plus, once a window here found no graphics hardware
    (its memo in the cache, PipelineMemo.java), the software pipeline and GTK without OpenGL. The atlas window
    benchmarks start that way; the bare-window references keep the defaults."""
    p = subprocess.run(['sh', os.path.join(ROOT, 'bin', 'atlas')], cwd=ROOT, capture_output=True, text=True,
                       env=dict(env(), CPATLAS_SHOW_LAUNCH='1'), timeout=60)
    lines = dict(l.split(': ', 1) if ': ' in l else (l.rstrip(':'), '') for l in p.stdout.splitlines())
    if p.returncode != 0 or 'jvm' not in lines:
        raise SystemExit('bin/atlas did not tell how it starts the window:\n' + p.stdout + p.stderr)
    extra = dict(kv.split('=', 1) for kv in lines.get('env', '').split())
    return extra, tuple(lines['jvm'].split())


# ------------------------------------------------------------------------------------------------ benchmarks

def bench_render(runs):
    out = os.path.join(WORK, 'render')
    os.makedirs(out, exist_ok=True)
    # QGIS and ours alternate, twice each, so that load on a shared machine hits both alike.
    halves = [runs // 2 + runs % 2, runs // 2]
    for k, n in enumerate(halves):
        for layer in ('regions', 'counties'):
            for w, h in ((1920, 1080), (2480, 3508)):
                run([QGIS_PY, os.path.join(BENCH, 'qgis_bench.py'), 'render', os.path.join(MAPS, layer + '.shp'),
                     str(w), str(h), str(n + 1), os.path.join(out, 'qgis-%s-%dx%d.png' % (layer, w, h))])
                merge('qgis.render.%s.%dx%d' % (layer, w, h), k, drop_first=True)
        run(java('org.cpatlas.bench.RenderBench', MAPS, str(n), out))
        for layer in ('regions', 'counties'):
            for w, h in ((1920, 1080), (2480, 3508)):
                merge('render.%s.%dx%d' % (layer, w, h), k)


def merge(ident, part, drop_first=False):
    """Series measured in parts (alternating with the reference) are concatenated."""
    d = SERIES.pop(ident)
    samples = d['samples'][1:] if drop_first else d['samples']
    key = ident + '#all'
    if part == 0 or key not in SERIES:
        SERIES[key] = dict(d, samples=list(samples))
    else:
        SERIES[key]['samples'].extend(samples)
    SERIES[ident] = SERIES[key]


def bench_cold_start(runs):
    def options(mode):
        return atlas_launch() if mode == 'atlas' else ({}, ())

    def once(mode, jvm=()):
        extra, base = options(mode)
        t0 = time.time() * 1000
        p = subprocess.run(java('org.cpatlas.bench.ColdStart', mode, jvm=base + jvm), cwd=ROOT, env=dict(env(), **extra),
                           capture_output=True, text=True, timeout=120)
        m = re.search(r'FIRST_FRAME (\d+) ([\d.]+)', p.stdout)
        if not m:
            raise SystemExit('cold start %s printed no frame:\n%s' % (mode, p.stderr[-3000:]))
        return int(m.group(1)) - t0, float(m.group(2))

    jsa = {m: os.path.join(WORK, m + '.jsa') for m in ('atlas', 'hello')}
    for mode in ('atlas', 'hello'):
        # The first start builds the database, warms the disk caches for both, and for the atlas finds out (as a
        # user's first start does) whether this display has graphics hardware.
        once(mode)
        # AppCDS archive of the classes this start loads (a dump run must exit normally).
        if os.path.exists(jsa[mode]):
            os.remove(jsa[mode])
        extra, base = options(mode)
        subprocess.run(java('org.cpatlas.bench.ColdStart', mode,
                            jvm=base + ('-XX:ArchiveClassesAtExit=' + jsa[mode], '-Dbench.trace=true')),
                       cwd=ROOT, env=dict(env(), **extra), capture_output=True, text=True, timeout=120)
    res = {k: [] for k in ('atlas', 'hello', 'atlas_cds', 'hello_cds', 'atlas_rss', 'hello_rss')}
    log('cold start: %d runs each of atlas, hello, atlas+AppCDS, hello+AppCDS, interleaved' % runs)
    for _ in range(runs):
        for mode in ('atlas', 'hello'):
            ms, rss = once(mode)
            res[mode].append(ms)
            res[mode + '_rss'].append(rss)
            ms, _ = once(mode, jvm=('-XX:SharedArchiveFile=' + jsa[mode],))
            res[mode + '_cds'].append(ms)
    notes = {'display': 'Xvfb 1920x1080x24', 'window': '1360x860'}
    for k, v in res.items():
        unit = 'MB' if k.endswith('rss') else 'ms'
        SERIES['coldstart.' + k] = {'id': 'coldstart.' + k, 'unit': unit, 'samples': v, 'notes': notes}
        KEPT.discard('coldstart.' + k)


def bench_window(quick):
    rounds, frames, selections = (2, 240, 200) if quick else (5, 600, 1000)
    db = os.path.join(WORK, 'window.db')
    run(java('org.cpatlas.bench.WindowBench', 'hello', MAPS, db, str(rounds), str(frames), '0'), timeout=600)
    if not glob.glob(os.path.join(WORK, 'cache', 'cpatlas', 'prism-*')):
        # A user's first start finds out whether this display has graphics hardware (bin/atlas then starts later
        # windows accordingly); the benchmark measures the starts after it, as the cold start does.
        run(java('org.cpatlas.bench.ColdStart', 'atlas', jvm=atlas_launch()[1]), timeout=120)
    extra, jvm = atlas_launch()
    run(java('org.cpatlas.bench.WindowBench', 'atlas', MAPS, db, str(rounds), str(frames), str(selections),
             jvm=jvm), timeout=1200, extra_env=extra)


def bench_tables(quick):
    """The data view (issue 19): opening it, copying Table 1's pairs, selecting a row; with their bare-window
    references. Separate JVMs from bench_window, so its figures do not change with them."""
    rounds = 2 if quick else 5
    db = os.path.join(WORK, 'tables.db')
    run(java('org.cpatlas.bench.WindowBench', 'hello-tables', MAPS, db, str(rounds), '0', '0'), timeout=600)
    extra, jvm = atlas_launch()
    run(java('org.cpatlas.bench.WindowBench', 'atlas-tables', MAPS, db, str(rounds), '0', '0', jvm=jvm),
        timeout=900, extra_env=extra)


def bench_hit_test(quick):
    out = os.path.join(WORK, 'jmh.json')
    iters = '5' if quick else '7'
    run(java('org.openjdk.jmh.Main', 'HitTestBench', '-p', 'maps=' + MAPS, '-f', '1', '-wi', '3', '-w', '1s',
             '-i', iters, '-r', '1s', '-rf', 'json', '-rff', out), timeout=600)
    for r in json.load(open(out)):
        name = r['benchmark'].rsplit('.', 1)[1]
        raw = [x for fork in r['primaryMetric']['rawData'] for x in fork]
        SERIES['hit.' + name] = {'id': 'hit.' + name, 'unit': 'µs', 'samples': raw,
                                 'notes': {'jmh': 'avgt, 1 fork, %s x 1 s' % iters}}


def bench_labels(quick):
    out = os.path.join(WORK, 'jmh-labels.json')
    iters = '5' if quick else '7'
    run(java('org.openjdk.jmh.Main', 'LabelBench', '-p', 'maps=' + MAPS, '-f', '1', '-wi', '3', '-w', '1s',
             '-i', iters, '-r', '1s', '-rf', 'json', '-rff', out), timeout=600)
    for r in json.load(open(out)):
        name = r['benchmark'].rsplit('.', 1)[1]
        raw = [x for fork in r['primaryMetric']['rawData'] for x in fork]
        SERIES['labels.' + name] = {'id': 'labels.' + name, 'unit': 'µs', 'samples': raw,
                                    'notes': {'jmh': 'avgt, 1 fork, %s x 1 s' % iters}}


def bench_export(runs):
    out = os.path.join(WORK, 'export')
    run(java('org.cpatlas.bench.ExportBench', MAPS, os.path.join(WORK, 'export.db'), out, str(runs)))
    layers = ','.join(os.path.join(MAPS, n + '.shp') for n in ('regions', 'provinces', 'countries'))
    run([QGIS_PY, os.path.join(BENCH, 'qgis_bench.py'), 'page', layers, '2480', '3508', str(runs + 1),
         os.path.join(out, 'qgis-page.png')])
    SERIES['qgis.page.png.2480x3508']['samples'] = SERIES['qgis.page.png.2480x3508']['samples'][1:]
    run([QGIS_PY, os.path.join(BENCH, 'qgis_bench.py'), 'pdf', layers, str(runs), os.path.join(out, 'qgis.pdf')])


def bench_import(runs, quick):
    """Users' tables (issue 17): import of a 3,000 x 20 county table as CSV and XLSX against the file parsed alone
    by the same library and against QGIS loading the CSV as a delimited-text layer; a 1,000,000-row CSV under the
    window's heap cap; the county choropleth exported (the window with it: bench_indicator)."""
    out = os.path.join(WORK, 'import')
    os.makedirs(out, exist_ok=True)
    run(java('org.cpatlas.bench.ImportBench', 'import', MAPS, out, str(runs)), timeout=1800)
    csv_file = os.path.join(out, 'table-3000x20.csv')
    run([QGIS_PY, os.path.join(BENCH, 'qgis_bench.py'), 'csv', csv_file, str(runs + 1)])
    SERIES['qgis.csv.load']['samples'] = SERIES['qgis.csv.load']['samples'][1:]
    cap = [o for o in atlas_launch()[1] if o.startswith('-Xmx')] or ['-Xmx192m']
    run(java('org.cpatlas.bench.ImportBench', 'million', MAPS, out, '1', jvm=tuple(cap)), timeout=1800)
    run(java('org.cpatlas.bench.ImportBench', 'export', MAPS, out, str(runs)), timeout=1800)
    # QGIS's page of the same layers (counties included), under ids of their own: the export rows keep theirs.
    kept = {k: SERIES.get(k) for k in ('qgis.page.png.2480x3508', 'qgis.pdf.time', 'qgis.pdf.size')}
    layers = ','.join(os.path.join(MAPS, n + '.shp') for n in ('counties', 'regions', 'provinces', 'countries'))
    run([QGIS_PY, os.path.join(BENCH, 'qgis_bench.py'), 'page', layers, '2480', '3508', str(runs + 1),
         os.path.join(out, 'qgis-counties-page.png')])
    run([QGIS_PY, os.path.join(BENCH, 'qgis_bench.py'), 'pdf', layers, str(runs), os.path.join(out, 'qgis-counties.pdf')])
    SERIES['qgis.countypage.png'] = dict(SERIES['qgis.page.png.2480x3508'],
                                         samples=SERIES['qgis.page.png.2480x3508']['samples'][1:])
    SERIES['qgis.countypage.pdf.size'] = SERIES['qgis.pdf.size']
    # Made here, not read from a BENCH line: measured in this run, so not rows kept from the run before.
    KEPT.difference_update(('qgis.countypage.png', 'qgis.countypage.pdf.size'))
    for k, v in kept.items():
        if v is None:
            SERIES.pop(k, None)
        else:
            SERIES[k] = v


def bench_indicator(runs, quick):
    """The window with a users' table imported (issue 17): the indicator switched, then pan and zoom frames with the
    county choropleth shown, against a bare window measured in the same run. Uses bench_import's table (made anew
    when this subset runs alone)."""
    out = os.path.join(WORK, 'import')
    csv_file = os.path.join(out, 'table-3000x20.csv')
    if not os.path.exists(csv_file):
        os.makedirs(out, exist_ok=True)
        run(java('org.cpatlas.bench.ImportBench', 'import', MAPS, out, '1'), timeout=1800)
    # The window with the 3,000-row table imported into its user database (its first value column is d1.3).
    db = os.path.join(WORK, 'indicator.db')
    for leftover in glob.glob(os.path.join(WORK, 'indicator.*')):
        os.remove(leftover)
    run(java('org.cpatlas.app.Launcher', '--db', db, 'import', csv_file, '--source', 'benchmark table'))
    rounds, frames = (3, 240) if quick else (8, 600)
    # The bare window's grid of pictures, the frames' reference, measured in this run under ids of its own.
    kept = {k: SERIES.get(k) for k in ('window.hello.frames.tiles', 'window.hello.frames.tiles.zoom',
                                        'window.hello.frames', 'window.hello.click.work', 'window.hello.click.total',
                                        'window.hello.click.handler', 'window.hello.rss')}
    run(java('org.cpatlas.bench.WindowBench', 'hello', MAPS, db, '1', str(frames), '0'), timeout=900)
    SERIES['window.hello.indicatorrun.tiles'] = SERIES['window.hello.frames.tiles']
    SERIES['window.hello.indicatorrun.tiles.zoom'] = SERIES['window.hello.frames.tiles.zoom']
    KEPT.difference_update(('window.hello.indicatorrun.tiles', 'window.hello.indicatorrun.tiles.zoom'))
    for k, v in kept.items():
        if v is None:
            SERIES.pop(k, None)
        else:
            SERIES[k] = v
    extra, jvm = atlas_launch()
    run(java('org.cpatlas.bench.WindowBench', 'indicator', MAPS, db, str(rounds), str(frames), '0', jvm=jvm),
        timeout=1800, extra_env=extra)


# ------------------------------------------------------------------------------------------------ table

def pct(samples, p):
    s = sorted(samples)
    if not s:
        return float('nan')
    k = (len(s) - 1) * p / 100.0
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def fmt(v):
    if v != v:
        return 'n/a'
    if abs(v) >= 100:
        return '%.0f' % v
    if abs(v) >= 10:
        return '%.1f' % v
    return '%.2f' % v


def summary(ident, kind):
    d = SERIES.get(ident)
    if not d:
        return None, 'not measured'
    s = d['samples']
    if kind == 'pct':
        return pct(s, 95), '%s / %s / %s %s (n=%d)' % (fmt(pct(s, 50)), fmt(pct(s, 95)), fmt(pct(s, 99)), d['unit'],
                                                      len(s))
    if len(s) == 1:
        return s[0], '%s %s' % (fmt(s[0]), d['unit'])
    return statistics.median(s), '%s / %s / %s %s (n=%d)' % (fmt(min(s)), fmt(statistics.median(s)), fmt(max(s)),
                                                            d['unit'], len(s))


# name, ours id, reference id, reference label, statistic kind, target text, target test(ours, ratio)
ROWS = [
    ('Render regions.shp 1920x1080', 'render.regions.1920x1080', 'qgis.render.regions.1920x1080', 'QGIS', 'med',
     '≤ 0.5× QGIS', lambda o, r: r <= 0.5),
    ('Render regions.shp A4 300 DPI (2480x3508)', 'render.regions.2480x3508', 'qgis.render.regions.2480x3508', 'QGIS',
     'med', '≤ 0.5× QGIS', lambda o, r: r <= 0.5),
    ('Render counties.shp 1920x1080', 'render.counties.1920x1080', 'qgis.render.counties.1920x1080', 'QGIS', 'med',
     '≤ 0.5× QGIS', lambda o, r: r <= 0.5),
    ('Render counties.shp A4 300 DPI (2480x3508)', 'render.counties.2480x3508', 'qgis.render.counties.2480x3508',
     'QGIS', 'med', '≤ 0.5× QGIS', lambda o, r: r <= 0.5),
    ('Cold start to first frame with regions, as bin/atlas starts it (AppCDS archive of its first start)',
     'coldstart.atlas_cds', 'coldstart.hello', 'hello window, plain java', 'med', '≤ 1.5× hello',
     lambda o, r: r <= 1.5),
    ('  the same without the archive (java -jar, mvn javafx:run)', 'coldstart.atlas', 'coldstart.hello',
     'hello window, plain java', 'med', 'info', None),
    ('  both with an AppCDS archive', 'coldstart.atlas_cds', 'coldstart.hello_cds', 'hello + AppCDS', 'med',
     'info', None),
    ('Click → side panels filled (work, p50/p95/p99)', 'window.atlas.click.work', 'window.hello.click.work',
     'hello: click → label', 'pct', 'p95 ≤ 16 ms', lambda o, r: o <= 16),
    ('Click → panels on screen incl. wait for pulse (p50/p95/p99)', 'window.atlas.click.total',
     'window.hello.click.total', 'hello: click → label', 'pct', 'info', None),
    ('Pan/zoom frame time, county outlines visible (p50/p95/p99)', 'window.atlas.frames', 'window.hello.frames.tiles',
     'bare window panning a grid of 256 px images on whole pixels', 'pct', 'p95 ≤ 16 ms', lambda o, r: o <= 16),
    ('  of which panning', 'window.atlas.frames.pan', 'window.hello.frames.tiles', 'bare image grid, panned', 'pct',
     'p95 ≤ 16 ms', lambda o, r: o <= 16),
    ('  of which zooming through levels shown before (one wheel notch = one whole level per frame)',
     'window.atlas.frames.zoom', 'window.hello.frames.tiles.zoom', 'bare image grid, shown at 2× and 1× in turn',
     'pct', 'p95 ≤ 16 ms', lambda o, r: o <= 16),
    ('  of which zooming the same way with the wheel over a place off the centre (each step moves the centre)',
     'window.atlas.frames.zoom_cursor', 'window.hello.frames.tiles.zoom', 'bare image grid, shown at 2× and 1× in turn',
     'pct', 'p95 ≤ 16 ms', lambda o, r: o <= 16),
    ('    first pass through levels 7-9, their tiles being drawn (not in the rows above)',
     'window.atlas.frames.zoom_first', 'window.hello.frames.tiles.zoom', 'bare image grid, shown at 2× and 1× in turn',
     'pct', 'info', None),
    ('  reference: bare window moving one label', 'window.hello.frames', None, '', 'pct', 'info', None),
    ('Pan/zoom frame time over eastern China at zoom 6, the view full of county outlines (p50/p95/p99)',
     'window.atlas.frames_east', 'window.hello.frames.tiles',
     'bare window panning a grid of 256 px images on whole pixels', 'pct', 'p95 ≤ 16 ms', lambda o, r: o <= 16),
    ('  of which panning', 'window.atlas.frames_east.pan', 'window.hello.frames.tiles', 'bare image grid, panned',
     'pct', 'p95 ≤ 16 ms', lambda o, r: o <= 16),
    ('  of which zooming through levels shown before', 'window.atlas.frames_east.zoom',
     'window.hello.frames.tiles.zoom', 'bare image grid, shown at 2× and 1× in turn', 'pct', 'p95 ≤ 16 ms',
     lambda o, r: o <= 16),
    ('  of which zooming with the wheel over a place off the centre', 'window.atlas.frames_east.zoom_cursor',
     'window.hello.frames.tiles.zoom', 'bare image grid, shown at 2× and 1× in turn', 'pct', 'p95 ≤ 16 ms',
     lambda o, r: o <= 16),
    ('Open the data view the first time (view and its three tables made, to the frame showing them)',
     'window.atlas.tables.open_first', 'window.hello.tables.open_first', 'bare window: a TableView of 14 x 40 texts',
     'max', '≤ 300 ms', lambda o, r: o <= 300),
    ('  opening it again', 'window.atlas.tables.open', 'window.hello.tables.open',
     'bare window: the same TableView again', 'med', 'info', None),
    ('Copy all 40 region-province rows of Table 1 with their sources (to the clipboard)', 'window.atlas.tables.copy',
     'window.hello.tables.copy', 'bare window: a text as long put on the clipboard', 'max', '≤ 100 ms',
     lambda o, r: o <= 100),
    ('Select a region\'s row in the data view → map and panel updated (work, p50/p95/p99)',
     'window.atlas.tables.select.work', 'window.hello.tables.click.work', 'hello: click → label', 'pct',
     'p95 ≤ 16 ms', lambda o, r: o <= 16),
    ('  the same JVM: click on the map → side panels filled (work)', 'window.atlas.tables.click.work',
     'window.hello.tables.click.work', 'hello: click → label', 'pct', 'info', None),
    ('Point-in-region hit test (JMH)', 'hit.regionHit', 'hit.referencePlainJts', 'plain JTS contains()', 'med',
     '≤ 5 µs', lambda o, r: o <= 5),
    ('Identify region+province+county (JMH)', 'hit.identifyAllLayers', 'hit.referencePlainJts',
     'plain JTS contains()', 'med', 'info', None),
    ('Label placement, 14 regions + 34 provinces, per view change at a level placed before (pan, JMH)',
     'labels.panAtOneLevel', 'labels.referenceInteriorPoints', 'JTS interior points of the 48 features', 'med',
     '≤ 2 ms', lambda o, r: o <= 2000),
    ('  first placement at a new zoom level (a zoom step)', 'labels.newLevel', 'labels.referenceInteriorPoints',
     'JTS interior points of the 48 features', 'med', 'info', None),
    ('  the whole-country view, all 14 regions named', 'labels.wholeCountry', 'labels.referenceInteriorPoints',
     'JTS interior points of the 48 features', 'med', 'info', None),
    ('Export sheet as 300-DPI A4 PNG', 'export.png.a4_300dpi', 'qgis.page.png.2480x3508', 'QGIS render+save',
     'max', '≤ 1 s', lambda o, r: o <= 1000),
    ('Export sheet as vector PDF, size', 'export.pdf.sheet.size', 'qgis.pdf.size', 'QGIS layout PDF', 'max',
     '≤ 1 MB', lambda o, r: o <= 1.0),
    ('Export atlas of 14 sheets (PDF), time', 'export.pdf.atlas.time', 'qgis.pdf.time', 'QGIS 1-page PDF', 'med',
     'info', None),
    ('Export atlas of 14 sheets (PDF), size', 'export.pdf.atlas.size', 'qgis.pdf.size', 'QGIS 1-page PDF', 'max',
     '≤ 1 MB', lambda o, r: o <= 1.0),
    ('Peak RSS after visiting all regions', 'window.atlas.rss', 'window.hello.rss', 'hello window', 'max',
     '≤ 300 MB', lambda o, r: o <= 300),
    ('Heap after GC across the selections (first → last checkpoint)', 'window.atlas.heap_after_gc', None, 'first checkpoint',
     'growth', 'no growth (≤ +2 MB)', lambda o, r: o <= 2.0),
    ('Import a 3,000 x 20 county CSV (read, match, preview, store)', 'import.csv.3000x20', 'import.csv.parse',
     'the file parsed alone by Commons CSV', 'med', '≤ 1 s', lambda o, r: o <= 1000),
    ('  the same against QGIS', 'import.csv.3000x20', 'qgis.csv.load', 'QGIS delimited-text layer, all features read',
     'med', 'info', None),
    ('  its processor time (the rest is waiting for the processor and the disk)', 'import.csv.3000x20.cpu', None, '',
     'med', 'info', None),
    ('Import the same table as XLSX', 'import.xlsx.3000x20', 'import.xlsx.parse',
     'the file parsed alone by fastexcel-reader', 'med', '≤ 2 s', lambda o, r: o <= 2000),
    ('  its processor time', 'import.xlsx.3000x20.cpu', None, '', 'med', 'info', None),
    ('A 1,000,000-row CSV under the window\'s heap cap: refused while read', 'import.million.refused', None, '',
     'med', 'refused in words, never out of memory', lambda o, r: True),
    ('  its peak RSS', 'import.million.rss', None, '', 'max', 'info', None),
    ('Indicator switched → map recoloured on screen (p50/p95/p99)', 'window.indicator.switch', None, '', 'pct',
     'p95 ≤ 100 ms', lambda o, r: o <= 100),
    ('Pan/zoom frame time with the county choropleth shown (p50/p95/p99)', 'window.indicator.frames',
     'window.hello.indicatorrun.tiles', 'bare window panning a grid of 256 px images on whole pixels', 'pct',
     'p95 ≤ 16 ms', lambda o, r: o <= 16),
    ('  of which panning', 'window.indicator.frames.pan', 'window.hello.indicatorrun.tiles',
     'bare image grid, panned', 'pct', 'p95 ≤ 16 ms', lambda o, r: o <= 16),
    ('  of which zooming through levels shown before', 'window.indicator.frames.zoom',
     'window.hello.indicatorrun.tiles.zoom', 'bare image grid, shown at 2× and 1× in turn', 'pct', 'p95 ≤ 16 ms',
     lambda o, r: o <= 16),
    ('County choropleth of the whole country as a 300-DPI A4 PNG', 'export.indicator.png.a4_300dpi',
     'qgis.countypage.png', 'QGIS render+save (counties, regions, provinces, countries)', 'max', '≤ 1.5 s',
     lambda o, r: o <= 1500),
    ('County choropleth as vector PDF, size', 'export.indicator.pdf.size', 'qgis.countypage.pdf.size',
     'QGIS layout PDF of the same layers', 'max', '≤ 2 MB', lambda o, r: o <= 2.0),
]


def table():
    lines = ['| Benchmark | Ours | Reference | Ratio | Target | Result |', '|---|---|---|---|---|---|']
    rows_csv = []
    for name, ours, ref, ref_label, kind, target, test in ROWS:
        if kind == 'growth':
            d = SERIES.get(ours)
            if not d:
                continue
            s = d['samples']
            growth = s[-1] - s[0]
            o_text = ('%s → %s MB over %s selections (%+.2f MB); checkpoints after each tenth: %s–%s MB'
                      % (fmt(s[0]), fmt(s[-1]), d['notes'].get('selections', '?'), growth, '%.1f' % min(s[1:]),
                         '%.1f' % max(s[1:])))
            ratio = s[-1] / s[0]
            ok = test(growth, ratio)
            lines.append('| %s | %s | %s | %.3f | %s | %s |' % (name, o_text, ref_label, ratio, target,
                                                               'pass' if ok else '**miss**'))
            rows_csv.append([name, ours, growth, '', ratio, target, 'pass' if ok else 'miss'])
            continue
        stat_kind = 'pct' if kind == 'pct' else 'med'
        o_val, o_text = summary(ours, stat_kind)
        if o_val is None:
            continue
        if kind == 'max':
            o_val = max(SERIES[ours]['samples'])
        if ours == 'window.atlas.rss':
            o_text += ' (peak by the end of 1,000 more selections: %s MB)' % fmt(
                SERIES[ours]['notes'].get('hwm_end_mb', float('nan')))
        r_val, r_text = summary(ref, stat_kind) if ref else (None, '–')
        if kind == 'max' and r_val is not None:
            r_val = max(SERIES[ref]['samples'])
        ratio = o_val / r_val if r_val else float('nan')
        ok = test(o_val, ratio) if test else None
        res = 'info' if ok is None else ('pass' if ok else '**miss**')
        stat = {'pct': 'p95', 'med': 'median', 'max': 'max'}[kind]
        ratio_text = ('%.4g (%s)' % (ratio, stat)) if r_val else '–'  # 4 digits: 1.504 must not read as 1.5
        ref_text = ('%s: %s' % (ref_label, r_text)) if ref else '–'
        lines.append('| %s | %s | %s | %s | %s | %s |' % (name + (' (kept)' if ours in KEPT or ref in KEPT else ''),
                                                           o_text, ref_text, ratio_text, target, res))
        if ours in KEPT or ref in KEPT:
            name += ' (kept)'
        rows_csv.append([name, ours, o_val, r_val, ratio, target, res.strip('*')])
    return lines, rows_csv


def machine():
    cpu = next((l.split(':', 1)[1].strip() for l in open('/proc/cpuinfo') if l.startswith('model name')), '?')
    mem = next((l.split(':', 1)[1].strip() for l in open('/proc/meminfo') if l.startswith('MemTotal')), '?')
    jdk = subprocess.run(['java', '-version'], capture_output=True, text=True).stderr.strip().splitlines()
    qgis = subprocess.run([QGIS_PY, '-c', 'from qgis.core import Qgis; print(Qgis.version())'],
                          capture_output=True, text=True).stdout.strip() or '?'
    return {'date': datetime.datetime.now().strftime('%Y-%m-%d %H:%M %Z').strip(), 'cpu': cpu,
            'nproc': os.cpu_count(), 'ram': mem, 'jdk': ' / '.join(jdk[:2]), 'os': platform.platform(),
            'qgis': qgis}


def write(info, load_start, load_end, args, elapsed):
    lines, rows = table()
    notes = []
    if KEPT:
        notes = ['', 'Rows marked (kept) were not measured in this run (`--keep`): they are those of the run before, '
                 'from bench/results-raw.json.']
    frames = SERIES.get('window.atlas.frames', {}).get('notes', {})
    east = SERIES.get('window.atlas.frames_east', {}).get('notes', {})
    pipe = SERIES.get('window.atlas.click.work', {}).get('notes', {}).get('pipeline', '?')
    launch_env, launch_jvm = atlas_launch()
    head = [
        '# Benchmark results',
        '',
        'Produced by `bench/run.sh%s` on %s in %.0f s. Every ratio is ours / reference, both measured in this run.'
        % (' --quick' if args.quick else '', info['date'], elapsed),
        'Ours and reference: min / median / max (latencies: p50 / p95 / p99), n = number of samples.',
        '',
        '- Machine: %s, %s cores (nproc), %s RAM; %s' % (info['cpu'], info['nproc'], info['ram'], info['os']),
        '- JDK: %s; QGIS %s' % (info['jdk'], info['qgis']),
        '- Load average (1 min) at start / end: %s / %s (a shared machine inflates and scatters every figure)'
        % (load_start, load_end),
        '- Window benchmarks: the real AtlasApplication under Xvfb 1920x1080x24, JavaFX Prism pipeline: %s; '
        'map at zoom %s with %s of the %s county outlines in view (%s px map)%s'
        % (pipe, fmt(frames.get('zoom', float('nan'))), frames.get('counties_in_view', '?'),
           '{:,}'.format(frames['counties']) if 'counties' in frames else '2,152', frames.get('map_px', '?'),
           ('; over eastern China (centre %s) %s of them' % (east.get('centre', '?'), east.get('counties_in_view', '?')))
           if east else ''),
        '- The atlas window and its cold start run as `bin/atlas` starts them on this display: JVM options `%s` '
        '(pom.xml atlas.window.jvm, also used by `mvn javafx:run`, plus the software pipeline once a first start '
        'found no graphics hardware), environment `%s`; the bare-window references run with the defaults'
        % (' '.join(launch_jvm), ' '.join('%s=%s' % kv for kv in launch_env.items()) or 'unchanged'),
        '',
    ]
    text = '\n'.join(head + lines + notes) + '\n'
    # The county lists' section (bench/membership_bench.py) is that script's to write: kept as it is, not dropped.
    path = os.path.join(BENCH, 'results.md')
    kept_section = ''
    if os.path.exists(path):
        m = re.search(r'<!-- membership:begin -->.*?<!-- membership:end -->\n?', open(path).read(), flags=re.S)
        kept_section = '\n' + m.group(0) if m else ''
    with open(path, 'w') as f:
        f.write(text + kept_section)
    with open(os.path.join(BENCH, 'results.csv'), 'w', newline='') as f:
        w = csv.writer(f)
        w.writerow(['benchmark', 'series', 'ours', 'reference', 'ratio', 'target', 'result'])
        w.writerows(rows)
    with open(os.path.join(BENCH, 'results-raw.json'), 'w') as f:
        json.dump({'machine': info, 'series': {k: v for k, v in SERIES.items() if not k.endswith('#all')}}, f,
                  indent=1)
    readme = os.path.join(BENCH, 'README.md')
    if os.path.exists(readme):
        r = open(readme).read()
        r = re.sub(r'(<!-- results:begin -->\n).*(<!-- results:end -->)',
                   lambda m: m.group(1) + text + m.group(2), r, flags=re.S)
        open(readme, 'w').write(r)
    print(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--quick', action='store_true', help='5 runs and fewer frames/selections (about 6 minutes)')
    ap.add_argument('--only', default='render,coldstart,window,hit,labels,export,tables,import,indicator',
                    help='comma-separated subset: render,coldstart,window,hit,labels,export,tables,import,indicator')
    ap.add_argument('--table-only', action='store_true', help='rewrite the table from bench/results-raw.json')
    ap.add_argument('--keep', action='store_true',
                    help='with --only: keep the rows of the run before (bench/results-raw.json) that this run does '
                         'not measure, marked (kept)')
    args = ap.parse_args()
    if args.table_only:
        raw = json.load(open(os.path.join(BENCH, 'results-raw.json')))
        SERIES.update(raw['series'])
        old = open(os.path.join(BENCH, 'results.md')).read()
        m = re.search(r'in (\d+) s\.', old)
        loads = re.search(r'start / end: ([\d.]+) / ([\d.]+)', old)
        args.quick = '--quick' in old.split('\n')[2]
        write(raw['machine'], loads.group(1), loads.group(2), args, float(m.group(1)))
        return
    runs = 5 if args.quick else 7
    if args.keep and os.path.exists(os.path.join(BENCH, 'results-raw.json')):
        SERIES.update(json.load(open(os.path.join(BENCH, 'results-raw.json')))['series'])
        KEPT.update(SERIES)
    os.makedirs(WORK, exist_ok=True)
    start = time.time()
    load_start = open('/proc/loadavg').read().split()[0]
    info = machine()
    only = set(args.only.split(','))
    if 'render' in only:
        bench_render(runs)
    if 'hit' in only:
        bench_hit_test(args.quick)
    if 'labels' in only:
        bench_labels(args.quick)
    if 'export' in only:
        bench_export(runs)
    if 'coldstart' in only:
        bench_cold_start(runs)
    if 'window' in only:
        bench_window(args.quick)
    if 'tables' in only:
        bench_tables(args.quick)
    if 'import' in only:
        bench_import(runs, args.quick)
    if 'indicator' in only:
        bench_indicator(runs, args.quick)
    load_end = open('/proc/loadavg').read().split()[0]
    write(info, load_start, load_end, args, time.time() - start)


if __name__ == '__main__':
    main()
